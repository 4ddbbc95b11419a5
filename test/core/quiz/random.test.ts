import { describe, expect, it } from 'vitest';
import { isInputError } from '../../../src/core/input-error.js';
import { createRandom, parseCount, parseSeed } from '../../../src/core/quiz/random.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isInputError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe('seeds and counts', () => {
  it('a seed is any integer, of any size', () => {
    expect(parseSeed('42')).toBe(42);
    expect(parseSeed('-7')).toBe(-7);
    expect(parseSeed('042')).toBe(42);
    expect(parseSeed('123456789012345678901234567890')).toBe(parseSeed('123456789012345678901234567890'));
    expect(codeOf(() => parseSeed('abc'))).toBe('quiz-seed-not-integer');
    expect(codeOf(() => parseSeed('1.5'))).toBe('quiz-seed-not-integer');
  });

  it('a count is a positive whole number', () => {
    expect(parseCount('5')).toBe(5);
    expect(codeOf(() => parseCount('0'))).toBe('quiz-count-not-positive');
    expect(codeOf(() => parseCount('-3'))).toBe('quiz-count-not-positive');
    expect(codeOf(() => parseCount('two'))).toBe('quiz-count-not-positive');
  });

  it('the same seed draws the same numbers', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    const draws = (r: ReturnType<typeof createRandom>) => Array.from({ length: 10 }, () => r.int(0, 1000));
    expect(draws(a)).toEqual(draws(b));
  });
});
