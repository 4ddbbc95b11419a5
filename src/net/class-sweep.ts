import type { ServerCheckRequest, ServerCheckRun } from './check-server.js';

/** Where one student's server listens. */
export interface SweepTarget {
  studentId: string;
  host: string;
  port: number;
}

/** What every student's check is run with, and how many at a time. */
export interface SweepPlan extends Omit<ServerCheckRequest, 'host' | 'port'> {
  /** Servers checked at once; the rest wait their turn. */
  parallel: number;
  /** Past this, a student's run stops after the check in progress and the rest are not run. */
  deadlineMs: number;
}

/** One `check` run against one server; `stopped` says when to stop after the current check. */
export type CheckOne = (request: ServerCheckRequest, stopped: () => boolean) => Promise<ServerCheckRun>;

export interface SweepEvents {
  started?: (studentId: string) => void;
  /** A student's whole run; `late` when their deadline cut it short. */
  finished?: (studentId: string, run: ServerCheckRun, late: boolean) => void;
}

/**
 * Checks every student's server, `parallel` at a time, each run with its own deadline, and reports
 * each one as it ends. A sweep that is stopped starts no one new and reports no run it cut short.
 */
export async function sweepServers(
  targets: readonly SweepTarget[],
  plan: SweepPlan,
  checkOne: CheckOne,
  events: SweepEvents = {},
  stopped: () => boolean = () => false,
): Promise<void> {
  const { parallel, deadlineMs, ...request } = plan;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length && !stopped()) {
      const target = targets[next++]!;
      events.started?.(target.studentId);
      const deadline = Date.now() + deadlineMs;
      let late = false;
      const over = () => {
        if (!late && Date.now() > deadline) late = true;
        return late || stopped();
      };
      const run = await checkOne({ ...request, host: target.host, port: target.port }, over);
      if (stopped()) return;
      events.finished?.(target.studentId, run, late);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, targets.length)) }, worker));
}
