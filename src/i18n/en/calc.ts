import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type { AreaInputErrors } from '../input-error-messages.js';

type D = InputErrorDetails;

/** The errors of supernet, exclude, next, hosts, grep, EUI-64 and lab networks (issue 30). */
const calc = {
  /** A host name typed where an address goes (ip, subnet): what the resolver said, and from where. */
  name: {
    resolved: (p: { name: string; address: string; others: string }) =>
      `${p.name} is a name: the system resolver gave ${p.address}${p.others ? ` (then ${p.others})` : ''}.`,
    fromFile: (p: { path: string; lines: string }) => `The answer comes from ${p.path}, line ${p.lines}.`,
    fromElsewhere: (p: { path: string }) =>
      `Not from ${p.path}: it came from DNS or another source this system asks (see /etc/nsswitch.conf).`,
  },
  inputErrors: {
    'supernet-prefix-not-number': (d: D) =>
      `--supernet "${visible(d.part)}" is not a prefix: write /P with P a whole number, like /22, or nothing for one bit shorter.`,
    'supernet-prefix-range': (d: D) =>
      `--supernet ${visible(d.part)}: a supernet's prefix is shorter than the network's own /${d.prefix}, from /0 to /${d.prefix}.`,
    'exclude-outside': (d: D) =>
      `--exclude ${visible(d.part)} is not inside ${visible(d.cidr)}: only a block inside the network can be taken out of it.`,
    'next-count-invalid': (d: D) => `--next "${visible(d.part)}" is not a count: write a whole number from 1, like 4.`,
    'subnet-verbs-conflict': (d: D) =>
      `${visible(d.part)} can't go together: use one of --split, --hosts, --supernet, --exclude, --next, --contains at a time.`,
    'hosts-step-invalid': (d: D) =>
      `--step "${visible(d.part)}" is not a step: write a whole number from 1 (2 lists every second address).`,
    'mac-invalid': (d: D) =>
      `"${visible(d.part)}" is not a MAC address: write six pairs of hex digits, like 00:23:ae:a4:8c:a9.`,
    'grep-networks-empty': () =>
      'grep needs the networks to keep, separated by commas: netlearn grep 10.0.0.0/8,192.168.0.0/16 < log',
    'lab-prefix-range': (d: D) =>
      `"${visible(d.part)}" is not a size a lab network can take here: write a prefix from /${d.min} to /${d.max}.`,
    'lab-for-without-seed': () =>
      '--for needs --seed too: the seed and the name together give each student the same network every time.',
    'lab-seed-without-random': (d: D) =>
      `${visible(d.part)} picks a lab network: add --random-private /24 or --random-ula /48 to draw one.`,
    'host-name-unresolved': (d: D) =>
      `"${visible(d.part)}" is neither an address nor a name this machine can resolve${d.reason ? ` (${visible(d.reason)})` : ''}: check the spelling, or type the address itself.`,
    'ip-is-network': (d: D) =>
      `${visible(d.part)} is a network, not one address: ${visible(d.command)} shows its range and size; netlearn ip ${visible(d.address)} shows its first address bit by bit.`,
  } satisfies AreaInputErrors,
};

export default calc;
