import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type { AreaInputErrors } from '../input-error-messages.js';

type D = InputErrorDetails;

/** IPv6 in the subnet tool, and the calculator verbs: contains, range, aggregate, stdin. */
const subnet6 = {
  labels: {
    network: 'network',
    mask: 'mask',
    firstAddress: 'first',
    lastAddress: 'last',
    addresses: 'addresses',
    kind: 'kind',
    reverseZone: 'reverse zone',
    boundary: 'boundary',
  },
  boundary: (p: { prefix: number; hostBits: number; group: number; bitInGroup: number }) =>
    p.prefix % 16 === 0
      ? `the first ${p.prefix} bits (${p.prefix / 16} whole groups) name the network; the last ${p.hostBits} the interface`
      : `the first ${p.prefix} bits name the network: the boundary falls inside group ${p.group}, after its bit ${p.bitInGroup}; the last ${p.hostBits} name the interface`,
  count: (p: { power: string; decimal: string }) => `${p.power} = ${p.decimal}`,
  noBroadcast:
    'No broadcast in IPv6: every address here may be a host. "All nodes on this link" is the multicast group ff02::1.',
  slaac:
    'A /64 is the usual LAN: SLAAC (RFC 4862) lets each host build its own last 64 bits, so a LAN gets a /64 even with two hosts.',
  notSlaac: (p: { prefix: number }) =>
    p.prefix < 64
      ? `A /${p.prefix} is a site or provider block, cut into /64 LANs: --split /64 lists them.`
      : `A /${p.prefix} is longer than /64: SLAAC (RFC 4862) can't run on it; addresses are set by hand or DHCPv6.`,
  reverseInexact: (p: { prefix: number }) =>
    `(a /${p.prefix} is not on a hex digit, so it has no zone of its own: this is the zone above it)`,
  split: {
    header: (p: { count: string; prefix: number; cidr: string }) =>
      `${p.cidr} into ${p.count} subnets of /${p.prefix}:`,
    notPowerOfTwo: (p: { requested: string; count: string; prefix: number }) =>
      `Note: ${p.requested} is not a power of two; the smallest equal split is ${p.count} subnets of /${p.prefix}.`,
  },
  contains: {
    yes: (p: { network: string; other: string }) => `Yes: ${p.network} contains ${p.other}.`,
    no: (p: { network: string; other: string }) => `No: ${p.network} does not contain ${p.other}.`,
    familyMix: (p: { network: string; other: string }) =>
      `No: ${p.network} and ${p.other} are of different families; an IPv4 network never holds an IPv6 address, nor the other way.`,
    wider: (p: { network: string; other: string }) =>
      `No: ${p.other} is larger than ${p.network}, so it can't fit inside.`,
    decides: (p: { prefix: number }) => `The first ${p.prefix} bits decide it; they must match:`,
    differs: (p: { bit: number }) => `First difference at bit ${p.bit}`,
    same: 'All the same',
    noBits: 'A /0 holds every address of its family: no bit to compare.',
  },
  aggregate: {
    absorbed: (p: { list: string }) => `  took in ${p.list}`,
    summary: (p: { inputs: number; blocks: number }) =>
      `${p.inputs} ${p.inputs === 1 ? 'network' : 'networks'} in, ${p.blocks} ${p.blocks === 1 ? 'block' : 'blocks'} out.`,
  },
  screen: {
    listHeader: (p: { prefix: number; count: string; from: number; to: number }) =>
      `Split into /${p.prefix}: ${p.count} ${p.count === '1' ? 'subnet' : 'subnets'}, showing ${p.from}-${p.to}`,
    count: (p: { power: string }) => `${p.power} addresses, no broadcast`,
  },
  lineError: (p: { line: number; message: string }) => `line ${p.line}: ${p.message}`,
  badLines: (p: { bad: number; total: number }) => `${p.bad} of ${p.total} lines were not valid (see above).`,
  commands: {
    range: {
      summary: 'The fewest CIDR blocks that cover exactly a range of addresses (IPv4 or IPv6)',
      options: {},
      examples: ['netlearn range 192.168.1.10 192.168.1.20', 'netlearn range 2001:db8::1 2001:db8::ff --json'],
    },
    aggregate: {
      summary: 'Merge adjacent and overlapping networks into the fewest blocks (arguments or stdin)',
      options: {},
      examples: [
        'netlearn aggregate 10.0.0.0/25 10.0.0.128/25 10.0.1.0/24',
        'cat networks.txt | netlearn aggregate --json',
      ],
    },
  },
  inputErrors: {
    'subnet6-prefix-range': (d: D) => `the prefix ${visible(d.part)} is over 128: an IPv6 address has only 128 bits.`,
    'subnet6-split-prefix-range': (d: D) =>
      `--split ${visible(d.part)}: the prefix must be from /${d.prefix} (the network's own) to /128.`,
    'subnet6-split-too-many': (d: D) =>
      `--split ${visible(d.part)}: a /${d.prefix} holds at most ${d.max} subnets (of /128).`,
    'ip-family-mix': (d: D) =>
      `"${visible(d.part)}" is not of the same family as the first address: give two IPv4 or two IPv6 addresses.`,
    'range-reversed': (d: D) =>
      `the range's first address, ${visible(d.part)}, is after its last: put the lower address first.`,
    'subnet6-hosts': () =>
      '--hosts plans IPv4 subnets, where every host counts; in IPv6 each LAN simply gets a /64: use --split /64.',
    'aggregate-empty': () =>
      'nothing to merge: give networks as arguments (10.0.0.0/25 10.0.0.128/25) or one per line on stdin.',
  } satisfies AreaInputErrors,
};

export default subnet6;
