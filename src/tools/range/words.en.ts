import { defineWords } from '../tool.js';

const help = {
  summary: 'The fewest CIDR blocks that cover exactly a range of addresses (IPv4 or IPv6)',
  options: {},
  examples: ['netlearn range 192.168.1.10 192.168.1.20', 'netlearn range 2001:db8::1 2001:db8::ff --json'],
};

/** `netlearn range`'s words: a plain command, named by its summary. */
const words = defineWords({
  title: help.summary,
  help,
});

export type RangeWords = typeof words;
export default words;
