import { formatIPv4, prefixToMask } from '../../ipv4.js';
import type { Random } from '../random.js';
import type { QuestionOfTopic } from '../question.js';
import { octetWork } from './addresses.js';

export const maskKinds = ['prefix-to-mask', 'mask-to-prefix'] as const;

/** A prefix to write as a dotted mask, or a dotted mask to read as a prefix. */
export function maskQuestion(random: Random, kind: string = random.pick(maskKinds)): QuestionOfTopic<'mask'> {
  // /8 to /30, the masks people configure on a LAN, and now and then (2 in 25) a /31 or /32.
  const prefix = random.int(8, 32);
  const mask = prefixToMask(prefix);
  const solution = { type: 'mask', prefix, mask: formatIPv4(mask), octets: octetWork(mask) } as const;
  if (kind === 'mask-to-prefix') {
    return {
      topic: 'mask',
      kind,
      data: { mask: formatIPv4(mask) },
      expected: String(prefix),
      shape: 'prefix',
      solution,
    };
  }
  return {
    topic: 'mask',
    kind: 'prefix-to-mask',
    data: { prefix },
    expected: formatIPv4(mask),
    shape: 'address',
    solution,
  };
}
