import type { ServerCheckId } from '../check/checks.js';
import { explainResults, type ExplainedResult, type Judgement } from '../check/judgement.js';
import type { CheckProfile } from '../check/profile-model.js';
import { notRunResult, type CheckResult } from '../check/result.js';
import { runScore } from './score.js';

/** One student's check run in one sweep: the judgement, the score, and every check's result. */
export interface StudentRun {
  studentId: string;
  judgement: Judgement;
  results: ExplainedResult[];
  score: number;
  maxScore: number;
  finishedAt: string;
  /** The run passed its deadline: the checks after the last one run are listed as not run. */
  late?: boolean;
}

/**
 * A student's run as the gradebook keeps it: every check of the sweep has a row (a run cut short by
 * its deadline lists the rest as not run, after the last that ran), and the score.
 */
export function studentRun(
  studentId: string,
  run: { judgement: Judgement; results: readonly ExplainedResult[] },
  plan: { ids: readonly ServerCheckId[]; profile?: CheckProfile },
  late: boolean,
  at: Date,
): StudentRun {
  const { judgement } = run;
  const reached = judgement.cause !== 'unreachable';
  const ran = new Set(run.results.map((result) => result.id));
  const last = run.results.at(-1)?.id as ServerCheckId | undefined;
  const missing: CheckResult[] =
    reached && late && last ? plan.ids.filter((id) => !ran.has(id)).map((id) => notRunResult(id, last, true)) : [];
  const results = [...run.results, ...explainResults(missing, judgement)];
  return {
    studentId,
    judgement,
    results,
    ...runScore(results, plan.ids, plan.profile),
    finishedAt: at.toISOString(),
    ...(late ? { late } : {}),
  };
}
