import { defineWords } from '../tool.js';

const help = {
  summary: 'Every usable address of a network, or every address from one to another, one a line',
  options: {
    step: 'List every Nth address only (--step 2: one yes, one no)',
    all: 'With a network: its network and broadcast addresses too, not only the usable hosts',
  },
  examples: [
    'netlearn hosts 192.168.1.0/29',
    'netlearn hosts 10.0.0.1 10.0.0.20 --step 5',
    'netlearn hosts 2001:db8::/64 | head',
  ],
  details:
    'A network lists its hosts as Python\'s hosts() does: IPv4 leaves out the network and broadcast addresses (a /31 and a /32 keep them), IPv6 only the network\'s own address. Output streams: "| head" stops it at once.',
};

/** `netlearn hosts`'s words: a plain command, named by its summary. */
const words = defineWords({
  title: help.summary,
  help,
});

export type HostsWords = typeof words;
export default words;
