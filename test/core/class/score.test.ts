import { describe, expect, it } from 'vitest';
import type { ServerCheckId } from '../../../src/core/check/checks.js';
import { defaultProfile } from '../../../src/core/check/profile-model.js';
import type { CheckResult } from '../../../src/core/check/result.js';
import { runScore } from '../../../src/core/class/score.js';

const result = (id: string, status: CheckResult['status']) => ({ id, status }) as CheckResult;
const ids: ServerCheckId[] = ['connect', 'broadcast', 'utf8'];

describe("a student's score", () => {
  it('is one point a passed check when the profile gives none', () => {
    const results = [result('connect', 'pass'), result('broadcast', 'fail'), result('utf8', 'not-run')];
    expect(runScore(results, ids)).toEqual({ score: 1, maxScore: 3 });
  });

  it("is the profile's points for the checks that passed, out of all its points", () => {
    const profile = { ...defaultProfile, points: { connect: 2, broadcast: 5 } };
    const results = [result('connect', 'pass'), result('broadcast', 'pass'), result('utf8', 'pass')];
    expect(runScore(results, ids, profile)).toEqual({ score: 7, maxScore: 7 });
  });

  it('is zero of everything for a server nobody could reach', () => {
    expect(runScore([], ids)).toEqual({ score: 0, maxScore: 3 });
  });
});
