import type { ServerCheckId } from '../core/check/checks.js';
import type { CheckResult } from '../core/check/result.js';
import { slowReaderCheck, usersCheck } from './check-advanced.js';
import {
  broadcastCheck,
  concurrentCheck,
  connectCheck,
  longLineCheck,
  splitLineCheck,
  twoLinesCheck,
  utf8Check,
} from './check-basic.js';
import { abruptLeaveCheck, churnCheck, cleanLeaveCheck } from './check-leave.js';
import { reachable, runCheck, type CheckBody } from './check-run.js';

const bodies: Record<ServerCheckId, CheckBody> = {
  connect: connectCheck,
  broadcast: broadcastCheck,
  concurrent: concurrentCheck,
  'split-line': splitLineCheck,
  'two-lines': twoLinesCheck,
  utf8: utf8Check,
  'long-line': longLineCheck,
  'clean-leave': cleanLeaveCheck,
  'abrupt-leave': abruptLeaveCheck,
  churn: churnCheck,
  'slow-reader': slowReaderCheck,
  users: usersCheck,
};

export interface ServerCheckRequest {
  host: string;
  port: number;
  ids: readonly ServerCheckId[];
  timeoutMs: number;
}

export interface ServerCheckListener {
  /** A check begins (the screen shows its spinner). */
  started?: (id: ServerCheckId) => void;
  finished?: (result: CheckResult) => void;
}

export type ServerCheckRun = { unreachable: string } | { results: CheckResult[] };

/**
 * Runs the checks against a learner's server one after another, each with fresh clients. Nothing
 * listening is reported once, with its error code, instead of every check failing the same way.
 * `stop()` from the caller ends the run after the current check.
 */
export async function runServerChecks(
  request: ServerCheckRequest,
  listener: ServerCheckListener = {},
  stopped: () => boolean = () => false,
): Promise<ServerCheckRun> {
  const { host, port, timeoutMs } = request;
  const unreachable = await reachable(host, port, timeoutMs);
  if (unreachable) return { unreachable };
  const results: CheckResult[] = [];
  for (const id of request.ids) {
    if (stopped()) break;
    listener.started?.(id);
    const result = await runCheck(id, bodies[id], { host, port, timeoutMs });
    results.push(result);
    listener.finished?.(result);
  }
  return { results };
}
