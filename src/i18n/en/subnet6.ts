import type { InputErrorDetails } from '../../core/input-error.js';
import { visible } from '../visible-text.js';
import type { AreaInputErrors } from '../input-error-messages.js';

type D = InputErrorDetails;

/** The per-line stdin messages (tools/line-answers.ts, aggregate); the errors of core/subnet6.ts, core/ip-range.ts. */
const subnet6 = {
  lineError: (p: { line: number; message: string }) => `line ${p.line}: ${p.message}`,
  badLines: (p: { bad: number; total: number; named: number }) =>
    `${p.bad} of ${p.total} lines were not valid (` +
    (p.named < p.bad ? `the first ${p.named} are named above).` : 'see above).'),
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
