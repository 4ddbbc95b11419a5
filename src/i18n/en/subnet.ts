import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import v6 from './subnet6.js';
import type { AreaInputErrors } from '../input-error-messages.js';

type D = InputErrorDetails;

/** The errors of core/subnet.ts, core/subnet-split.ts and core/vlsm.ts. */
const subnet = {
  v6,
  inputErrors: {
    ...v6.inputErrors,
    'subnet-empty': () =>
      'Nothing to split: give an address with a prefix, like 192.168.1.10/24, or an address and a mask.',
    'subnet-no-prefix': (d: D) =>
      d.family === 'IPv6'
        ? `"${visible(d.part)}" has no prefix: add one, as in ${visible(d.part)}/64.`
        : `"${visible(d.part)}" has no prefix or mask: add one, as in ${visible(d.part)}/24 or ${visible(d.part)} 255.255.255.0.`,
    'subnet-two-masks': (d: D) =>
      d.command
        ? `the prefix is given twice: after the slash and as "${visible(d.part)}". To split the network into smaller subnets, type: ${visible(d.command)}`
        : `the prefix is given twice: after the slash and as "${visible(d.part)}". Keep one.`,
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
