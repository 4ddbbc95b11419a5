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
  exitCode: 0 | 1;
}

/** Exit 1 when a basic check failed, or any check with `--strict`; skips never fail. */
export function checkSummary(results: readonly CheckResult[], strict: boolean): CheckSummary {
  const count = (status: CheckStatus) => results.filter((result) => result.status === status).length;
  const failing = results.some((result) => result.status === 'fail' && (strict || result.level === 'basic'));
  return { passed: count('pass'), failed: count('fail'), skipped: count('skip'), exitCode: failing ? 1 : 0 };
}
