import { randomBytes } from 'node:crypto';
import { tokenFrom } from '../core/check/bytes.js';
import type { CheckId } from '../core/check/checks.js';
import type { Verdict } from '../core/check/judge.js';
import { checkResult, type CheckOutcome, type CheckResult } from '../core/check/result.js';
import { connectProbe, sleep, type Probe } from './check-probe.js';

/** What a check is handed: where the server is, the wait deadline, and fresh clients it must not leak. */
export interface CheckContext {
  host: string;
  port: number;
  /** The deadline of each wait inside the check, in ms (`--timeout`). */
  timeoutMs: number;
  /** Connects `count` fresh clients one after another, then lets the server settle (greetings, threads). */
  open: (count: number) => Promise<Probe[]>;
  /** Connects one more client at once (no settling), closed with the others when the check ends. */
  join: () => Promise<Probe | undefined>;
  /** A fresh random token no server would write by chance. */
  token: () => string;
}

/** A check's verdict with what it sent and what arrived (binary strings). */
export type CheckBody = (context: CheckContext) => Promise<Verdict & { sent: string; received: string }>;

/** Time for a server's accept loop to start each client's thread and add it to its list. */
const settleMs = 150;

class ConnectFailure extends Error {
  constructor(readonly code: string) {
    super(`connect failed: ${code}`);
  }
}

/** The error code of a failed connect (`ECONNREFUSED`, `ETIMEDOUT`, ...). */
function errorCode(error: unknown): string {
  return String((error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN');
}

/**
 * Runs one check with fresh clients and a hard deadline, and always closes every client it opened:
 * a server that accepts and never answers ends the check at its deadline, with the reason.
 */
export async function runCheck(
  id: CheckId,
  body: CheckBody,
  where: { host: string; port: number; timeoutMs: number },
): Promise<CheckResult> {
  const probes: Probe[] = [];
  const started = performance.now();
  const context: CheckContext = {
    ...where,
    token: () => tokenFrom(randomBytes(10)),
    join: async () => {
      const probe = await connectProbe(where.host, where.port, where.timeoutMs).catch(() => undefined);
      if (probe) probes.push(probe);
      return probe;
    },
    open: async (count) => {
      const opened: Probe[] = [];
      for (let i = 0; i < count; i++) {
        try {
          const probe = await connectProbe(where.host, where.port, where.timeoutMs);
          probes.push(probe);
          opened.push(probe);
        } catch (error) {
          throw new ConnectFailure(errorCode(error));
        }
      }
      await sleep(settleMs);
      return opened;
    },
  };
  // The checks' own waits are bounded; this bound catches anything they did not foresee.
  const hardMs = where.timeoutMs * 4 + 10_000;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: 'fail', reason: 'timeout', sent: '', received: '', details: { ms: hardMs } }),
      hardMs,
    );
  });
  try {
    const outcome = await Promise.race([body(context).catch(failureOutcome), deadline]);
    return checkResult(id, outcome, performance.now() - started);
  } finally {
    clearTimeout(timer);
    for (const probe of probes) probe.destroy();
  }
}

function failureOutcome(error: unknown): CheckOutcome {
  if (error instanceof ConnectFailure) {
    const reason = error.code === 'ETIMEDOUT' ? 'connect-timeout' : 'connect-error';
    return { status: 'fail', reason, sent: '', received: '', details: { code: error.code } };
  }
  throw error;
}

/** Whether anything listens at all: undefined when it does, else the error code to report. */
export async function reachable(host: string, port: number, timeoutMs: number): Promise<string | undefined> {
  try {
    const probe = await connectProbe(host, port, timeoutMs);
    probe.destroy();
    return undefined;
  } catch (error) {
    return errorCode(error);
  }
}
