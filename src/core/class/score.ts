import type { ServerCheckId } from '../check/checks.js';
import type { CheckProfile } from '../check/profile-model.js';
import type { CheckResult } from '../check/result.js';

export interface Score {
  score: number;
  maxScore: number;
}

/**
 * A student's points: the assignment profile's points for each check that passed, out of all its
 * points; without points in the profile, one a check run.
 */
export function runScore(
  results: readonly CheckResult[],
  ids: readonly ServerCheckId[],
  profile?: CheckProfile,
): Score {
  const given = profile?.points ?? {};
  const weighted = Object.keys(given).length > 0;
  const pointsOf = (id: ServerCheckId) => (weighted ? (given[id] ?? 0) : 1);
  return {
    score: results
      .filter((result) => result.status === 'pass')
      .reduce((sum, result) => sum + pointsOf(result.id as ServerCheckId), 0),
    maxScore: ids.reduce((sum, id) => sum + pointsOf(id), 0),
  };
}
