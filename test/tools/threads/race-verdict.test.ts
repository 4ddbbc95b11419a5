import { describe, expect, it } from 'vitest';
import { raceVerdict } from '../../../src/tools/threads/race-verdict.js';
import en from '../../../src/tools/threads/words.en.js';

describe('what a run of the race says', () => {
  it('a run that lost additions says how many', () => {
    expect(raceVerdict(100_000, 400_000, true, en)).toEqual({ kind: 'lost', text: 'lost 100,000 (25%)' });
  });

  it('threads without a lock that lost nothing got lucky: not "exact"', () => {
    expect(raceVerdict(0, 400_000, true, en)).toEqual({ kind: 'lucky', text: 'none lost: lucky' });
  });

  it('the locked run, or one thread alone, is exact', () => {
    expect(raceVerdict(0, 400_000, false, en)).toEqual({ kind: 'exact', text: 'exact' });
  });
});
