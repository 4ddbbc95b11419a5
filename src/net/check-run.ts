import { randomBytes } from 'node:crypto';
import { binaryOf, tokenFrom } from '../core/check/bytes.js';
import type { CheckId } from '../core/check/checks.js';
import type { RunEvidence } from '../core/check/evidence.js';
import type { Verdict } from '../core/check/judge.js';
import { encodeMessage } from '../core/check/message-codec.js';
import type { CheckProfile } from '../core/check/profile-model.js';
import { checkResult, type CheckOutcome, type CheckResult } from '../core/check/result.js';
import { connectProbe, sleep, type Probe } from './check-probe.js';

/** What the run learnt of the server's protocol before the checks: whether it wants a name first. */
export interface Session {
  profile: CheckProfile;
  /** The server asks each client's name first: every client the checker opens gives one. */
  asksName: boolean;
  /** What it asks with, to wait for before answering (a pattern), when it says anything. */
  prompt?: RegExp;
}

/** What a check is handed: where the server is, the wait deadline, and fresh clients it must not leak. */
export interface CheckContext {
  host: string;
  port: number;
  /** The deadline of each wait inside the check, in ms (`--timeout`). */
  timeoutMs: number;
  /** Connects `count` fresh clients one after another (each giving its name when asked), then settles. */
  open: (count: number) => Promise<Probe[]>;
  /** Connects one more client at once (no settling), closed with the others when the check ends. */
  join: () => Promise<Probe | undefined>;
  /** A fresh random token no server would write by chance. */
  token: () => string;
  /** One message as a client writes it on the wire (a binary string): the profile's send and framing. */
  encode: (text: string) => string;
  /** What the run has seen of the whole server: a check adds what it noticed. */
  evidence: RunEvidence;
  session: Session;
  /** How long one message took to reach another client, for the run's delay figures. */
  observed: (ms: number) => void;
  /** Connections waiting for the server's accept() now (Linux /proc); undefined where unknown. */
  acceptQueue: () => number | undefined;
}

/** A check's verdict with what it sent and what arrived (binary strings). */
export type CheckBody = (context: CheckContext) => Promise<Verdict & { sent: string; received: string }>;

/** Time for a server's accept loop to start each client's thread and add it to its list. */
const settleMs = 80;
/** How long a client that left with a FIN waits for the server's before it lets go. */
const leaveMs = 1000;
/** How long a server that asks names may take to ask. */
const promptMs = 400;

class ConnectFailure extends Error {
  constructor(readonly code: string) {
    super(`connect failed: ${code}`);
  }
}

/** New clients the server closed by itself right after connecting (a full room, a crash in accept). */
class ClosedByServer extends Error {
  constructor(
    readonly closed: number,
    /** Clients the run had opened by then, these included. */
    readonly opened: number,
    readonly sample: string,
  ) {
    super('clients closed by the server');
  }
}

/** The error code of a failed connect (`ECONNREFUSED`, `ETIMEDOUT`, ...). */
function errorCode(error: unknown): string {
  return String((error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN');
}

/** A name for one client: random, so a server that hard-codes answers cannot pass. */
function freshName(): string {
  return `nl${tokenFrom(randomBytes(10)).slice(2, 8)}`;
}

/** Gives the server this client's name when it asks for one (or at once, when it asks silently). */
async function giveName(probe: Probe, context: { session: Session }): Promise<void> {
  const { session } = context;
  if (session.prompt) await probe.waitFor((received) => session.prompt!.test(received), promptMs);
  const name = freshName();
  const send = session.profile.nameStep?.send ?? '{name}';
  probe.write(binaryOf(encodeMessage({ ...session.profile, send }, '', name)));
  probe.name = name;
}

/**
 * Runs one check with fresh clients and a hard deadline, and always closes every client it opened:
 * a server that accepts and never answers ends the check at its deadline, with the reason.
 */
export async function runCheck(
  id: CheckId,
  body: CheckBody,
  where: { host: string; port: number; timeoutMs: number },
  run: {
    session: Session;
    evidence: RunEvidence;
    observed: (ms: number) => void;
    /** Clients opened so far in the whole run: a server that counts every client ever is caught by it. */
    counters: { opened: number };
    acceptQueue: () => number | undefined;
  },
): Promise<CheckResult> {
  const probes: Probe[] = [];
  const started = performance.now();
  const framing = run.session.profile.framing;
  const encode = (text: string) => binaryOf(encodeMessage(run.session.profile, text));
  const connectOne = async () => {
    try {
      const probe = await connectProbe(where.host, where.port, where.timeoutMs, framing);
      run.counters.opened++;
      // A talker the server closed will send nothing more: no wait of this check can still succeed.
      probe.onTalkerClosed = () => {
        for (const other of probes) {
          other.pointless = true;
          other.wake();
        }
      };
      probes.push(probe);
      return probe;
    } catch (error) {
      throw new ConnectFailure(errorCode(error));
    }
  };
  const context: CheckContext = {
    ...where,
    ...run,
    encode,
    token: () => tokenFrom(randomBytes(10)),
    join: async () => {
      const probe = await connectOne().catch(() => undefined);
      if (probe && run.session.asksName) await giveName(probe, run);
      return probe;
    },
    open: async (count) => {
      const opened: Probe[] = [];
      for (let i = 0; i < count; i++) opened.push(await connectOne());
      if (run.session.asksName) await Promise.all(opened.map((probe) => giveName(probe, run)));
      await settle(opened);
      const closed = opened.filter((probe) => probe.closedByServer);
      if (closed.length > 0) {
        // Closed because it died is another fault: the port no longer answers.
        const code = await reachable(where.host, where.port, where.timeoutMs);
        if (code !== undefined) throw new ConnectFailure(code);
        throw new ClosedByServer(closed.length, run.counters.opened, closed[0]!.received);
      }
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
    const outcome = await Promise.race([body(context).catch((error) => failureOutcome(error, run.evidence)), deadline]);
    return checkResult(id, senderClosed(outcome, probes, run.evidence), performance.now() - started);
  } finally {
    clearTimeout(timer);
    // Each client leaves with a FIN, as a well-behaved one does: a reset here would test the server's
    // handling of RST in every check, and blame whichever check comes next. One that stopped reading
    // resets, so a server still blocked writing to it is let go at once.
    for (const probe of probes) {
      probe.leftByUs = true;
      if (probe.socket.isPaused()) {
        probe.destroy();
        continue;
      }
      probe.socket.end();
      setTimeout(() => probe.socket.destroy(), leaveMs).unref();
    }
  }
}

/** Failures that a sender closed by the server explains better: its lines went nowhere because it was gone. */
const lostWithSender: ReadonlySet<string> = new Set([
  'broadcast-none',
  'split-line-none',
  'two-lines-none',
  'clean-leave-stuck',
  'abrupt-leave-first',
  'abrupt-leave-second',
]);

/** The outcome, or `sender-closed` when a client that had talked was closed by the server meanwhile. */
function senderClosed(outcome: CheckOutcome, probes: readonly Probe[], evidence: RunEvidence): CheckOutcome {
  if (outcome.status !== 'fail' || !lostWithSender.has(outcome.reason) || evidence.protocol) return outcome;
  return probes.some((probe) => probe.wrote > 0 && probe.closedByServer)
    ? { ...outcome, reason: 'sender-closed' }
    : outcome;
}

/** Waits until the new clients' greetings have stopped coming (a short quiet), or `settleMs` twice over. */
async function settle(probes: readonly Probe[]): Promise<void> {
  const until = Date.now() + settleMs * 2;
  let seen = -1;
  const total = () => probes.reduce((sum, probe) => sum + probe.total, 0);
  while (Date.now() < until && seen !== total()) {
    seen = total();
    await sleep(settleMs / 2);
  }
}

function failureOutcome(error: unknown, evidence: RunEvidence): CheckOutcome {
  if (error instanceof ConnectFailure) {
    const reason = error.code === 'ETIMEDOUT' ? 'connect-timeout' : 'connect-error';
    return { status: 'fail', reason, sent: '', received: '', details: { code: error.code } };
  }
  if (error instanceof ClosedByServer) {
    evidence.closesClients ??= { closed: error.closed, opened: error.opened, sample: error.sample.slice(0, 200) };
    return {
      status: 'fail',
      reason: 'connect-closed',
      sent: '',
      received: error.sample,
      details: { closed: error.closed, opened: error.opened },
    };
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
