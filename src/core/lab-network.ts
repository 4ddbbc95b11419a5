import { InputError } from './input-error.js';
import type { Block } from './ip-range.js';
import { createRandom, fnv1a, type Random } from './quiz/random.js';

/**
 * A network for a lab: a random block of the private IPv4 ranges (RFC 1918) or a unique local IPv6
 * prefix (RFC 4193: fd00::/8 and a 40-bit global id). With a seed and a student's name the same
 * pair gives the same network on any machine, so a teacher can recompute what each one got.
 */

const privateRanges: readonly { value: number; prefix: number }[] = [
  { value: 0x0a000000, prefix: 8 },
  { value: 0xac100000, prefix: 12 },
  { value: 0xc0a80000, prefix: 16 },
];

/** `/24` or `24`: the size of the network asked for, within `min`..`max`. */
export function parseLabPrefix(text: string, min: number, max: number): number {
  const trimmed = text.trim();
  const digits = trimmed.startsWith('/') ? trimmed.slice(1) : trimmed;
  const prefix = /^(0|[1-9][0-9]*)$/.test(digits) ? Number(digits) : NaN;
  if (!(prefix >= min && prefix <= max)) throw new InputError('lab-prefix-range', { part: trimmed, min, max });
  return prefix;
}

/** The chance a network is drawn from: the seed and student when given, else any number. */
export function labRandom(seed: string, student = ''): Random {
  return createRandom(fnv1a(`${seed}\u0000${student}`));
}

/** A /prefix block drawn evenly from all of RFC 1918's blocks of that size. */
export function randomPrivateNetwork(prefix: number, random: Random): Block {
  const fitting = privateRanges.filter((range) => range.prefix <= prefix);
  const counts = fitting.map((range) => 2 ** (prefix - range.prefix));
  let index = random.int(0, counts.reduce((a, b) => a + b, 0) - 1);
  for (const [i, range] of fitting.entries()) {
    if (index < counts[i]!) return { family: 'IPv4', value: BigInt(range.value + index * 2 ** (32 - prefix)), prefix };
    index -= counts[i]!;
  }
  throw new Error('unreachable: the index lies inside the counted blocks');
}

/** fd00::/8, then random bits up to the prefix: the 40-bit global id, then subnet bits for /49 to /64. */
export function randomUniqueLocalNetwork(prefix: number, random: Random): Block {
  const bits = prefix - 8;
  let drawn = 0n;
  for (let left = bits; left > 0; left -= Math.min(left, 24)) {
    const take = Math.min(left, 24);
    drawn = (drawn << BigInt(take)) | BigInt(random.int(0, 2 ** take - 1));
  }
  return { family: 'IPv6', value: (0xfdn << 120n) | (drawn << BigInt(128 - prefix)), prefix };
}
