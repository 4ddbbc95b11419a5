import { defineWords } from '../tool.js';

const help = {
  summary: 'Keep the lines of stdin that hold an address inside these networks (IPv4 and IPv6)',
  options: {
    invert: 'Keep the lines that hold no address inside instead',
    only: 'Print only the addresses inside, one a line, not the whole lines',
    count: 'Print only how many lines were kept',
  },
  examples: [
    'netlearn grep 10.0.0.0/8,192.168.0.0/16 < /var/log/auth.log',
    'journalctl | netlearn grep -o 2001:db8::/32',
    'netlearn grep -v 127.0.0.0/8,::1 < access.log | head',
  ],
  details:
    'An address counts wherever it stands in a line: alone, with a port (10.0.0.1:8080, [2001:db8::1]:443), in brackets or with a zone (fe80::1%eth0). Lines pass through byte for byte, whatever their encoding; the log streams through in constant memory.',
};

/** `netlearn grep`'s words: a plain command, named by its summary. */
const words = defineWords({
  title: help.summary,
  help,
  lineCut: (p: { count: number; limit: string }) =>
    `Note: ${p.count} ${p.count === 1 ? 'line was' : 'lines were'} longer than ${p.limit} and read in pieces.`,
});

export type GrepWords = typeof words;
export default words;
