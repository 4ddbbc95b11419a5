import { InputError } from '../input-error.js';

/** A class's name: what a teacher types on the command line, and the gradebook's key. */
export function parseClassName(text: string): string {
  const name = text.trim();
  if (!/^[\p{L}\p{N} ._-]{1,64}$/u.test(name)) throw new InputError('class-name-invalid', { part: text });
  return name;
}

const everyLimits = { minSeconds: 10, maxHours: 4 };

/** `--every 30s | 5m | 1h`: how long between sweeps, in milliseconds. */
export function parseEvery(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|min)?\s*$/i.exec(text);
  const unit = { s: 1, m: 60, min: 60, h: 3600 }[(match?.[2] ?? 'm').toLowerCase() as 's' | 'm' | 'min' | 'h'];
  const seconds = match ? Number(match[1]) * unit : Number.NaN;
  if (!(seconds >= everyLimits.minSeconds && seconds <= everyLimits.maxHours * 3600))
    throw new InputError('class-every-invalid', { part: text, min: everyLimits.minSeconds, max: everyLimits.maxHours });
  return Math.round(seconds * 1000);
}

/** At most this many check runs at once: each opens a dozen clients and floods a slow reader. */
export const parallelLimits = { default: 8, max: 32 };

/** `--parallel N`: how many servers a sweep checks at once. */
export function parseParallel(text: string | undefined): number {
  if (text === undefined) return parallelLimits.default;
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(value >= 1 && value <= parallelLimits.max))
    throw new InputError('class-parallel-invalid', { part: text, max: parallelLimits.max });
  return value;
}
