import type { RangeWords } from './words.en.js';

const help: RangeWords['help'] = {
  summary: 'La menor cantidad de bloques CIDR que cubren justo un rango de direcciones (IPv4 o IPv6)',
  options: {},
  examples: ['netlearn range 192.168.1.10 192.168.1.20', 'netlearn range 2001:db8::1 2001:db8::ff --json'],
};

const words: RangeWords = {
  title: help.summary,
  help,
};

export default words;
