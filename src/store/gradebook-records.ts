import type { CheckCause } from '../core/check/causes.js';
import { checkLessons, checkLevel, type CheckId, type CheckReason, type CheckStatus } from '../core/check/checks.js';
import type { ExplainedResult } from '../core/check/judgement.js';

/** The records the gradebook (src/store/gradebook.ts) hands out, the rows it reads, how it keeps a result. */
export interface ClassInfo {
  name: string;
  /** The port a roster line without one gets. */
  port: number;
  /** The assignment's profile, as YAML text; null for netlearn's own chat. */
  profile: string | null;
  createdAt: string;
}

/** A class as a list of classes shows it: how many students, how many sweeps, the last one. */
export interface ClassSummary extends ClassInfo {
  students: number;
  sweeps: number;
  lastSweep: string | null;
}

export interface SweepInfo {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  runs: number;
}

/** When a student's server first passed a check. */
export interface FirstPass {
  studentId: string;
  checkId: string;
  at: string;
}

export interface RunRow {
  student_id: string;
  judgement: string;
  score: number;
  max_score: number;
  late: number;
  finished_at: string;
  id: number;
}

/** A result's row, its reason and figures in `result` (JSON). */
export interface ResultRow {
  id: string;
  status: CheckStatus;
  cause: CheckCause;
  ms: number;
  result: string;
}

/** What the `result` column holds of a check's result. */
export interface StoredResult {
  reason: CheckReason;
  details?: Readonly<Record<string, string | number>>;
  dependsOn?: CheckId;
  explainedByJudgement: boolean;
}

/**
 * What a result keeps in the gradebook: the diagnosis's reason and figures, not the bytes sent and
 * received (up to half a megabyte a check, for the student's own run to show). A sweep a lab
 * session, thirty students, a term: the file stays a few megabytes.
 */
export function storedResult(result: ExplainedResult): StoredResult {
  const { reason, details, dependsOn, explainedByJudgement } = result;
  return { reason, ...(details ? { details } : {}), ...(dependsOn ? { dependsOn } : {}), explainedByJudgement };
}

/** A result as the gradebook gives it back; its level and lesson come from the check it is. */
export function resultOf(row: ResultRow): ExplainedResult {
  const stored = JSON.parse(row.result) as StoredResult;
  const id = row.id as CheckId;
  return {
    id,
    level: checkLevel(id),
    lesson: checkLessons[id],
    status: row.status,
    cause: row.cause,
    ms: row.ms,
    sent: '',
    received: '',
    ...stored,
  };
}
