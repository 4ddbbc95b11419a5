import { formatIPv4, ipv4Binary } from '../../ipv4.js';
import type { Random } from '../random.js';
import type { QuestionOfTopic } from '../question.js';
import { octetWork, randomAddress } from './addresses.js';

/** An address in dotted decimal; the answer is its 32 bits. */
export function binaryQuestion(random: Random): QuestionOfTopic<'binary'> {
  const n = randomAddress(random);
  return {
    topic: 'binary',
    kind: 'to-bits',
    data: { address: formatIPv4(n) },
    expected: ipv4Binary(n),
    shape: 'bits',
    solution: { type: 'octets', octets: octetWork(n) },
  };
}

/** 32 dotted bits; the answer is the address in dotted decimal. */
export function decimalQuestion(random: Random): QuestionOfTopic<'decimal'> {
  const n = randomAddress(random);
  return {
    topic: 'decimal',
    kind: 'to-decimal',
    data: { bits: ipv4Binary(n) },
    expected: formatIPv4(n),
    shape: 'address',
    solution: { type: 'octets', octets: octetWork(n) },
  };
}
