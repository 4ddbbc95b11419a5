import { octetBits } from '../../ipv4.js';
import { utf8Model } from '../../utf8.js';
import type { Random } from '../random.js';
import type { QuestionOfTopic } from '../question.js';

export const utf8Kinds = ['byte-count', 'bytes'] as const;

/** Characters a Spanish or English speaker types, from 1 to 4 bytes in UTF-8. */
const characters = [
  'A',
  'z',
  '7',
  '?',
  'ñ',
  'é',
  'ü',
  '¿',
  'ç',
  'ß',
  'λ',
  'Ж',
  '€',
  '→',
  '✓',
  'あ',
  '中',
  '😀',
  '🐍',
  '🎉',
];

/** A character; the answer is how many bytes UTF-8 spends on it, or which bytes. */
export function utf8Question(random: Random, kind: string = random.pick(utf8Kinds)): QuestionOfTopic<'utf8'> {
  const ask = kind === 'bytes' ? 'bytes' : 'byte-count';
  const char = random.pick(characters);
  const { bytes, hex } = utf8Model(char);
  return {
    topic: 'utf8',
    kind: ask,
    data: { char, ask: ask === 'bytes' ? 'bytes' : 'count' },
    expected: ask === 'bytes' ? hex : String(bytes.length),
    shape: ask === 'bytes' ? 'hex' : 'count',
    solution: {
      type: 'utf8',
      char,
      codePoint: char.codePointAt(0)!,
      bytes: bytes.map((value) => ({ value, bits: octetBits[value]! })),
    },
  };
}
