import type { RunEvidence } from '../../src/core/check/evidence.js';
import { explainResults, judgeRun } from '../../src/core/check/judgement.js';
import { defaultProfile } from '../../src/core/check/profile-model.js';
import type { CheckResult } from '../../src/core/check/result.js';
import type { ServerCheckRun } from '../../src/net/check-server.js';

/** What `runCheck` is handed by a whole run, fresh: netlearn's own protocol, nothing seen yet. */
export function freshRun() {
  return {
    session: { profile: defaultProfile, asksName: false },
    evidence: {} as RunEvidence,
    observed: () => {},
    counters: { opened: 0 },
    acceptQueue: () => undefined,
  };
}

/** A run as the real sources return it for these results: judged, and each result explained. */
export function judged(results: readonly CheckResult[], evidence: RunEvidence = {}, strict = false): ServerCheckRun {
  const judgement = judgeRun(evidence, results, strict);
  return { judgement, results: explainResults(results, judgement) };
}
