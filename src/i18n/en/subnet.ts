import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import v6 from './subnet6.js';
import type { AreaInputErrors } from '../input-error-messages.js';

type D = InputErrorDetails;

/** The subnet tool: `netlearn subnet` and its screen. */
const subnet = {
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
  v6,
  inputErrors: {
    ...v6.inputErrors,
    'subnet-empty': () =>
      'Nothing to split: give an address with a prefix, like 192.168.1.10/24, or an address and a mask.',
    'subnet-no-prefix': (d: D) =>
      d.family === 'IPv6'
        ? `"${visible(d.part)}" has no prefix: add one, as in ${visible(d.part)}/64.`
        : `"${visible(d.part)}" has no prefix or mask: add one, as in ${visible(d.part)}/24 or ${visible(d.part)} 255.255.255.0.`,
    'subnet-two-masks': (d: D) => `the prefix is given twice: after the slash and as "${visible(d.part)}". Keep one.`,
    'subnet-prefix-missing': (d: D): string =>
      d.family === 'IPv6'
        ? 'the prefix after the slash is missing: write a number from 0 to 128, as in /64.'
        : 'the prefix after the slash is missing: write a number from 0 to 32, as in /24.',
    'subnet-prefix-negative': (d: D) =>
      `the prefix ${visible(d.part)} is negative: it counts network bits, from 0 to 32.`,
    'subnet-prefix-not-number': (d: D) =>
      `the prefix "${visible(d.part)}" is not a whole number from 0 to 32 (digits only, like 24).`,
    'subnet-prefix-leading-zero': (d: D) =>
      `the prefix "${visible(d.part)}" has a leading zero; write it without one, like ${visible((d.part ?? '').replace(/^0+(?=\d)/, ''))}.`,
    'subnet-prefix-range': (d: D) => `the prefix ${visible(d.part)} is over 32: an IPv4 address has only 32 bits.`,
    'subnet-mask-noncontiguous': (d: D) =>
      `the mask ${visible(d.part)} mixes ones and zeros: a mask is all its ones first, then all zeros (like 255.255.0.0).`,
    'subnet-split-missing': () => '--split needs a size: /P (every subnet of prefix P) or a count N.',
    'subnet-split-not-number': (d: D) => `--split "${visible(d.part)}" is neither /P (like /26) nor a count (like 4).`,
    'subnet-split-zero': (d: D) =>
      `--split ${visible(d.part)}: a network splits into 1 or more subnets, not ${visible(d.part)}.`,
    'subnet-split-prefix-range': (d: D) =>
      `--split ${visible(d.part)}: the prefix must be from /${d.prefix} (the network's own) to /32.`,
    'subnet-split-prefix-short': (d: D) =>
      `--split ${visible(d.part)} is shorter than the network's own /${d.prefix}: a subnet can't be larger than its network.`,
    'subnet-split-too-many': (d: D) =>
      `--split ${visible(d.part)}: a /${d.prefix} holds at most ${d.max} subnets (of /32).`,
    'subnet-split-and-hosts': () => 'use --split or --hosts, not both at once.',
    'subnet-hosts-empty': () => '--hosts needs host counts separated by commas, like 100,50,20.',
    'subnet-hosts-entry': (d: D) =>
      `entry ${Number(d.index) + 1} of --hosts, "${visible(d.part)}", is not a whole number above 0 (use commas between counts: 100,50,20).`,
    'subnet-hosts-too-big': (d: D) =>
      `${visible(d.part)} hosts don't fit in this network: it has ${d.max} usable hosts.`,
    'subnet-hosts-no-room': (d: D) =>
      `these subnets need ${d.needed} addresses together, but the network has ${d.available}. Ask for fewer hosts or use a shorter prefix.`,
  } satisfies AreaInputErrors,
};

export default subnet;
