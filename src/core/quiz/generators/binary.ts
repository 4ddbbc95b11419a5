import { formatIPv4, ipv4Binary } from '../../ipv4.js';
import { createRandom, type Random } from '../random.js';
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
  // A stream of its own, seeded from this one: `quiz decimal` and `quiz binary` with one seed would
  // otherwise read the same numbers as the same addresses and give each other's answers away.
  const n = randomAddress(createRandom(random.int(0, 2 ** 31 - 1) ^ 0x5bd1e995));
  return {
    topic: 'decimal',
    kind: 'to-decimal',
    data: { bits: ipv4Binary(n) },
    expected: formatIPv4(n),
    shape: 'address',
    solution: { type: 'octets', octets: octetWork(n) },
  };
}
