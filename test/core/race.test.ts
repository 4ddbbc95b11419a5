import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/input-error.js';
import { lostPercent, parseIncrements, parseWorkers, raceReport } from '../../src/core/race.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isInputError(error) ? error.code : 'not an InputError';
  }
}

describe('race options', () => {
  it('defaults to 4 threads of 100000 additions', () => {
    expect(parseWorkers(undefined)).toBe(4);
    expect(parseIncrements(undefined)).toBe(100_000);
  });

  it('reads plain positive counts up to the caps', () => {
    expect(parseWorkers('1')).toBe(1);
    expect(parseWorkers('32')).toBe(32);
    expect(parseIncrements('1000000')).toBe(1_000_000);
  });

  it.each([
    ['0', 'threads-workers-too-small'],
    ['33', 'threads-workers-too-large'],
    ['99999999999999999999', 'threads-workers-too-large'],
    ['-1', 'threads-workers-not-integer'],
    ['2.5', 'threads-workers-not-integer'],
    ['four', 'threads-workers-not-integer'],
    ['', 'threads-workers-not-integer'],
  ])('rejects --workers %j with %s', (text, code) => {
    expect(codeOf(() => parseWorkers(text))).toBe(code);
  });

  it.each([
    ['0', 'threads-increments-too-small'],
    ['1000001', 'threads-increments-too-large'],
    ['1e5', 'threads-increments-not-integer'],
  ])('rejects --increments %j with %s', (text, code) => {
    expect(codeOf(() => parseIncrements(text))).toBe(code);
  });
});

describe('raceReport', () => {
  it('counts what the unlocked run lost, in the documented shape', () => {
    expect(raceReport(4, 1000, { result: 3100, ms: 1.234 }, { result: 4000, ms: 5.678 })).toEqual({
      workers: 4,
      increments: 1000,
      expected: 4000,
      withoutLock: { result: 3100, lost: 900, ms: 1.2 },
      withLock: { result: 4000, ms: 5.7 },
    });
  });

  it('gives the lost share as a whole percentage', () => {
    expect(lostPercent(900, 4000)).toBe(23);
    expect(lostPercent(0, 0)).toBe(0);
  });
});
