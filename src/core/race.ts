import { InputError } from './input-error.js';

const defaultWorkers = 4;
const defaultIncrements = 100_000;
const maxWorkers = 32;
const maxIncrements = 1_000_000;

/** A count typed by a person: plain digits, 1..max. `what` prefixes the error codes. */
function parseCount(text: string, what: 'workers' | 'increments', max: number): number {
  const part = text.trim();
  if (!/^[0-9]+$/.test(part)) throw new InputError(`threads-${what}-not-integer`, { part: text, max });
  const value = Number(part);
  if (value < 1) throw new InputError(`threads-${what}-too-small`, { part, max });
  if (part.length > 12 || value > max) throw new InputError(`threads-${what}-too-large`, { part, max });
  return value;
}

/** `--workers`: how many threads race, 1-32. */
export function parseWorkers(text: string | undefined): number {
  return text === undefined ? defaultWorkers : parseCount(text, 'workers', maxWorkers);
}

/** `--increments`: how many additions each thread makes, 1-1,000,000 (the locked run stays under a few seconds). */
export function parseIncrements(text: string | undefined): number {
  return text === undefined ? defaultIncrements : parseCount(text, 'increments', maxIncrements);
}

/** What one run of the race measured. */
export interface RunResult {
  /** The counter's value after every thread finished. */
  result: number;
  ms: number;
}

export interface RaceReport {
  workers: number;
  increments: number;
  expected: number;
  withoutLock: { result: number; lost: number; ms: number };
  withLock: { result: number; ms: number };
}

const tenths = (ms: number) => Math.round(ms * 10) / 10;

/** Both runs side by side, in the `--json` shape (README). */
export function raceReport(
  workers: number,
  increments: number,
  withoutLock: RunResult,
  withLock: RunResult,
): RaceReport {
  const expected = workers * increments;
  return {
    workers,
    increments,
    expected,
    withoutLock: { result: withoutLock.result, lost: expected - withoutLock.result, ms: tenths(withoutLock.ms) },
    withLock: { result: withLock.result, ms: tenths(withLock.ms) },
  };
}

/** Share of additions lost, as a whole percentage. */
export function lostPercent(lost: number, expected: number): number {
  return expected === 0 ? 0 : Math.round((lost / expected) * 100);
}
