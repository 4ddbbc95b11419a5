import { defineWords } from '../tool.js';

/** The host lab's words: its command, its screen, its help. */
const words = defineWords({
  title: 'This host',
  hint: 'Your hostname, interfaces and masks',
  help: {
    summary: 'This machine: hostname, what localhost means, interfaces and masks',
    options: {},
    examples: ['netlearn host', 'netlearn host --json'],
  },
  hostname: 'Hostname',
  localhost: 'localhost',
  /** Where the resolver's answer for localhost came from: the hosts file's own lines, when they hold it. */
  localhostSource: (p: { path: string; lines: string; answered: boolean; readable: boolean }) =>
    !p.readable
      ? `what the OS resolver answers; the hosts file ${p.path} could not be read`
      : p.answered
        ? `from the hosts file ${p.path}, ${p.lines}, not from DNS: no internet needed`
        : `the hosts file ${p.path} does not give this answer: the resolver found it elsewhere`,
  hostsLine: (p: { line: number; text: string }) => `line ${p.line} "${p.text}"`,
  localhostNone: 'the resolver gave no answer',
  interfacesHeading: 'Interfaces',
  columns: {
    name: 'name',
    family: 'family',
    address: 'address',
    netmask: 'netmask',
    cidr: 'CIDR',
    network: 'network',
    internal: '',
  },
  internal: 'internal',
  external: 'reachable from the network',
  unknown: '?',
  lesson:
    'Internal interfaces (loopback) never leave this machine; the others are how other computers reach you. ' +
    'A server bound to 127.0.0.1 answers only here.',
  screen: {
    openSubnet: 'open in subnets',
    noPrefix: "This line's mask has holes in it, so it has no prefix for the subnet tool: pick another line.",
    loading: 'Asking the resolver…',
    fromHostsFile: (p: { path: string }) => `(from the hosts file ${p.path})`,
  },
});

export type HostWords = typeof words;
export default words;
