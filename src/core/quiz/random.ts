import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { InputError } from '../input-error.js';

/** The only source of chance in a quiz: seeded, so one seed gives the same questions everywhere. */
export interface Random {
  /** An integer from `min` to `max`, both included. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  return { int, pick: (items) => items[int(0, items.length - 1)]! };
}

/** FNV-1a over the text: folds a seed too large for 32 bits into one, the same on every machine. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * A seed as a person types it: any integer, of any size (`42`, `-7`, `2026112501`). Small ones are
 * used as they are; larger ones are hashed. `042` and `42` are the same seed.
 */
export function parseSeed(text: string): number {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) throw new InputError('quiz-seed-not-integer', { part: text });
  const value = BigInt(trimmed);
  if (value >= -(2n ** 31n) && value < 2n ** 31n) return Number(value);
  return fnv1a(value.toString());
}

/** How many questions: a positive whole number. */
export function parseCount(text: string): number {
  const trimmed = text.trim();
  if (!/^\+?\d+$/.test(trimmed) || BigInt(trimmed) === 0n)
    throw new InputError('quiz-count-not-positive', { part: text });
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value))
    throw new InputError('quiz-count-too-large', { part: text, max: Number.MAX_SAFE_INTEGER });
  return value;
}
