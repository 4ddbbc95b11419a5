import {
  checkLessons,
  checkLevel,
  type CheckId,
  type CheckLevel,
  type CheckReason,
  type CheckStatus,
} from './checks.js';

/** What one check found, before it is put into words. */
export interface CheckOutcome {
  status: CheckStatus;
  reason: CheckReason;
  /** What the checker sent, as bytes in a binary (latin1) string; shown as an escaped excerpt. */
  sent: string;
  /** What arrived where the checker looked, likewise. */
  received: string;
  /** Values the diagnosis may name: a count, a byte total, an error code. */
  details?: Readonly<Record<string, string | number>>;
  /** For a check not run: the check it needs, which failed or was not run. */
  dependsOn?: CheckId;
}

export interface CheckResult extends CheckOutcome {
  id: CheckId;
  level: CheckLevel;
  ms: number;
  lesson: string;
}

export function checkResult(id: CheckId, outcome: CheckOutcome, ms: number): CheckResult {
  return { id, level: checkLevel(id), ms: Math.round(ms), lesson: checkLessons[id], ...outcome };
}

export interface CheckSummary {
  passed: number;
  failed: number;
  skipped: number;
  notRun: number;
  exitCode: 0 | 1;
}

/** The counts, and the exit code the run's verdict gives: 1 when the judgement failed it. */
export function checkSummary(results: readonly CheckResult[], verdict: 'pass' | 'fail'): CheckSummary {
  const count = (status: CheckStatus) => results.filter((result) => result.status === status).length;
  return {
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skip'),
    notRun: count('not-run'),
    exitCode: verdict === 'fail' ? 1 : 0,
  };
}

/**
 * A check that did not run: the one it needs failed (or did not run either), or the run stopped
 * (`halted`) once a fault of the whole server showed during `needs`.
 */
export function notRunResult(id: CheckId, needs: CheckId, halted = false): CheckResult {
  const outcome: CheckOutcome = {
    status: 'not-run',
    reason: 'not-run',
    sent: '',
    received: '',
    ...(halted ? { details: { halted: 1 } } : {}),
  };
  return { ...checkResult(id, outcome, 0), dependsOn: needs };
}
