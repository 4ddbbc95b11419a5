import { defineWords } from '../tool.js';

/** The subnet calculator's words: its command, its screen, its help. */
const words = defineWords({
  title: 'Subnets',
  hint: 'Split an address into network and host',
  help: {
    summary: 'Split an address into network and host parts; list subnets',
    options: {
      split: 'List subnets: /P for every /P subnet, N for the smallest equal split into N',
      hosts: 'Allocate subnets for these host counts, largest first (e.g. 100,50,20)',
      contains: 'Is this address or network inside? yes or no, with the bits that decide it',
      supernet: 'The larger network holding this one: one bit shorter, or to the prefix after it (--supernet /22)',
      exclude: 'Take a block out of the network: what is left, in the fewest blocks (as Python address_exclude)',
      next: 'The N blocks of the same size that come right after this one',
      'random-private': 'A random private IPv4 network of this size for a lab (RFC 1918), e.g. /24',
      'random-ula': 'A random unique local IPv6 prefix for a lab (RFC 4193: fd00::/8 and a 40-bit id), e.g. /48',
      seed: 'With --random-*: the same seed gives the same network, so it can be worked out again later',
      for: "With --seed: a student's or a table's name, so each one gets a network of their own",
    },
    examples: [
      'netlearn subnet 192.168.1.10/24',
      'netlearn subnet 192.168.1.10 255.255.255.0',
      'netlearn subnet 10.0.0.0/8 --split /16 | head',
      'netlearn subnet 192.168.0.0/24 --hosts 100,50,20',
      'netlearn subnet 2001:db8::/32 --split /48 | head',
      'netlearn subnet 10.0.0.0/8 --contains 10.20.30.40',
      'netlearn subnet 192.168.1.10/24 --supernet /22',
      'netlearn subnet 192.168.0.0/24 --exclude 192.168.0.64/26',
      'netlearn subnet 10.0.0.0/24 --next 4',
      'netlearn subnet --random-private /24 --seed lab3 --for ana',
    ],
  },
  labels: {
    networkPart: 'network bits',
    hostPart: 'host bits',
    address: 'address',
    mask: 'mask',
    wildcard: 'wildcard',
    network: 'network',
    broadcast: 'broadcast',
    firstHost: 'first host',
    lastHost: 'last host',
    addresses: 'addresses',
    hosts: 'usable hosts',
    scope: 'scope',
  },
  sentence: {
    host: (p: { address: string; index: number; cidr: string }) =>
      `${p.address} is host ${p.index} of network ${p.cidr}.`,
    network: (p: { address: string; cidr: string }) =>
      `${p.address} is the network address of ${p.cidr} itself: it names the network, no host takes it.`,
    broadcast: (p: { address: string; cidr: string }) =>
      `${p.address} is the broadcast address of ${p.cidr}: a packet sent there reaches every host on it.`,
    pointToPoint: (p: { address: string; index: number; cidr: string }) =>
      `${p.address} is host ${p.index} of 2 on the point-to-point link ${p.cidr} (RFC 3021: both addresses are hosts; the first and last are listed as network and broadcast only for reference).`,
    single: (p: { address: string; cidr: string }) => `${p.cidr} is one single host: ${p.address}.`,
  },
  split: {
    notPowerOfTwo: (p: { requested: number; count: number; prefix: number }) =>
      `Note: ${p.requested} is not a power of two; the smallest equal split is ${p.count} subnets of /${p.prefix} (${p.count - p.requested} more than asked).`,
    header: (p: { count: number; prefix: number; cidr: string }) =>
      `${p.cidr} into ${p.count} subnets of /${p.prefix}:`,
    row: (p: { hosts: number }) => `${p.hosts} ${p.hosts === 1 ? 'host' : 'hosts'}`,
    position: (p: { from: number; to: number; count: number }) => `${p.from}-${p.to} of ${p.count}`,
  },
  vlsm: {
    classicNote:
      "Each subnet gets 2^h - 2 usable hosts (network and broadcast set aside), at least a /30: RFC 3021's /31 is for point-to-point links only.",
    header: (p: { cidr: string }) => `${p.cidr}, largest request first:`,
    wanted: (p: { wanted: number }) => `${p.wanted} wanted`,
    unused: 'unused',
    noneUnused: 'Nothing left unused',
  },
  steps: {
    supernet: {
      header: (p: { cidr: string; supernet: string }) => `${p.cidr} sits inside ${p.supernet}`,
      kept: 'kept',
      dropped: 'dropped',
      host: 'host bits',
      sentence: (p: { dropped: number; bits: string; count: string; prefix: number; supernet: string }) =>
        p.dropped === 0
          ? `Same prefix: ${p.supernet} is the network itself.`
          : `Dropping ${p.dropped} network ${p.dropped === 1 ? 'bit' : 'bits'} (${p.bits}) makes them host bits: ${p.supernet} holds ${p.count} networks of /${p.prefix}, this one among them.`,
      readAs: (p: { command: string }) => `Read as a supernet, the same as: ${p.command}`,
    },
    exclude: {
      header: (p: { cidr: string; excluded: string; count: number }) =>
        `${p.cidr} without ${p.excluded}: ${p.count} ${p.count === 1 ? 'block' : 'blocks'}, largest first`,
      same: (p: { cidr: string }) => `Nothing is left: ${p.cidr} takes out the whole network.`,
    },
    next: {
      header: (p: { count: string; prefix: number; cidr: string }) =>
        `The ${p.count} ${p.count === '1' ? 'block' : 'blocks'} of /${p.prefix} after ${p.cidr}:`,
      spaceEnds: (p: { count: string; asked: string; family: string }) =>
        `Note: the ${p.family} address space ends after ${p.count} of the ${p.asked} blocks asked for.`,
    },
    total: {
      split: (p: { count: string; prefix: number; hosts: string; addresses: string }) =>
        `Total: ${p.count} ${p.count === '1' ? 'subnet' : 'subnets'} of /${p.prefix}, ${p.hosts} usable hosts, ${p.addresses} addresses`,
      split6: (p: { count: string; prefix: number; addresses: string }) =>
        `Total: ${p.count} ${p.count === '1' ? 'subnet' : 'subnets'} of /${p.prefix}, ${p.addresses} addresses`,
      vlsm: (p: { subnets: number; wanted: number; hosts: number; used: number; unused: number }) =>
        `Total: ${p.subnets} ${p.subnets === 1 ? 'subnet' : 'subnets'}, ${p.wanted} hosts wanted, ${p.hosts} usable, ${p.used} addresses used, ${p.unused} unused`,
    },
    lab: {
      seeded: (p: { seed: string; student: string }) =>
        p.student === ''
          ? `From seed "${p.seed}": the same seed gives this network again.`
          : `From seed "${p.seed}" for "${p.student}": the same pair gives this network again.`,
      unseeded: (p: { seed: string }) => `Drawn at random; to get it again, add --seed ${p.seed}.`,
      private: 'Private (RFC 1918): never routed on the Internet, free for any lab.',
      ula: 'Unique local (RFC 4193): fd00::/8 and a random 40-bit global id, so two labs almost never clash.',
    },
  },
  interfaces: {
    heading: "This machine's IPv4 interfaces:",
    none: 'This machine shows no IPv4 interface.',
    hint: 'Try: netlearn subnet <address>/<prefix>, for example netlearn subnet 192.168.1.10/24',
  },
  screen: {
    field: 'Network',
    placeholder: 'e.g. 192.168.1.10/24 or 2001:db8::/48',
    splitField: 'Split into /',
    mine: 'This machine:',
    keys: {
      prefix: 'boundary',
      explore: 'explore',
      edit: 'type',
      scroll: 'scroll',
      page: 'page',
      split: 'split size',
      supernet: 'supernet',
      exclude: 'take out',
      mine: 'my interfaces',
    },
    listHeader: (p: { prefix: number; count: number; from: number; to: number }) =>
      `Split into /${p.prefix}: ${p.count} ${p.count === 1 ? 'subnet' : 'subnets'}, showing ${p.from}-${p.to}`,
    summary: {
      range: (p: { first: string; last: string; hosts: number; addresses: number }) =>
        `Hosts ${p.first} - ${p.last} (${p.hosts} of ${p.addresses} ${p.addresses === 1 ? 'address' : 'addresses'})`,
    },
    empty: 'Type an address with a prefix, like 192.168.1.10/24.',
  },
  v6: {
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
    screen: {
      listHeader: (p: { prefix: number; count: string; from: number; to: number }) =>
        `Split into /${p.prefix}: ${p.count} ${p.count === '1' ? 'subnet' : 'subnets'}, showing ${p.from}-${p.to}`,
      count: (p: { power: string }) => `${p.power} addresses, no broadcast`,
    },
  },
});

export type SubnetWords = typeof words;
export default words;
