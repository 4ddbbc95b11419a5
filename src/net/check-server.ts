import { checkNeeds } from '../core/check/causes.js';
import type { ServerCheckId } from '../core/check/checks.js';
import { utf16Holding } from '../core/check/encoding.js';
import type { RunEvidence } from '../core/check/evidence.js';
import { explainResults, judgeRun, type ExplainedResult, type Judgement } from '../core/check/judgement.js';
import { defaultProfile, type CheckProfile } from '../core/check/profile-model.js';
import { notRunResult, type CheckResult } from '../core/check/result.js';
import { namePrompt } from '../core/check/name-prompt.js';
import {
  describeProcess,
  portSharing,
  processLeaks,
  type PortSharing,
  type ServerProcessSnapshot,
} from '../core/check/server-process.js';
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
import { connectProbe, sleep } from './check-probe.js';
import { reachable, runCheck, type CheckBody, type Session } from './check-run.js';

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
  /** Advanced checks count towards the verdict too. */
  strict: boolean;
  profile?: CheckProfile;
}

export interface ServerCheckListener {
  /** A check begins (the screen shows its spinner). */
  started?: (id: ServerCheckId) => void;
  finished?: (result: CheckResult) => void;
}

/** What this machine can tell of the process behind a port (Linux /proc); undefined elsewhere. */
export type ProcessReader = (port: number) => ServerProcessSnapshot | undefined;

/** A whole run: the judgement first, then every check as it explains it. */
export interface ServerCheckRun {
  judgement: Judgement;
  results: ExplainedResult[];
}

/** How long a greeting may take, and the quiet after it that says it is complete. */
const greetingMs = 400;
const greetingQuietMs = 120;
/** Time for the server to close what the last clients left, before /proc is read again, and how long at most. */
const afterRunMs = 300;
const leakPatienceMs = 2000;

/** The evidence of a port two programs (or two sockets) listen on. */
function sharedEvidence(shared: PortSharing): NonNullable<RunEvidence['portShared']> {
  return { listeners: Math.max(2, shared.processes.length), pids: shared.processes.map((process) => process.pid) };
}

/** The address of the other family on this machine, where a server bound only one may be listening. */
function otherFamily(host: string): string | undefined {
  if (host === '127.0.0.1' || host === 'localhost') return '::1';
  if (host === '::1') return '127.0.0.1';
  return undefined;
}

/**
 * Reads what a fresh client is told on arrival, to learn whether the server asks names first (or
 * what the profile says it asks with). A greeting in UTF-16 is evidence too.
 */
async function meetServer(request: ServerCheckRequest, profile: CheckProfile, evidence: RunEvidence): Promise<Session> {
  if (profile.nameStep) return { profile, asksName: true, prompt: profile.nameStep.prompt };
  const session: Session = { profile, asksName: false };
  const probe = await connectProbe(request.host, request.port, request.timeoutMs, profile.framing).catch(
    () => undefined,
  );
  if (!probe) return session;
  try {
    await probe.waitFor((received) => received.length > 0, greetingMs);
    await probe.waitQuiet(greetingQuietMs, greetingMs);
    const greeting = probe.received;
    const encoding = utf16Holding(greeting, 'e') && /^(\u00ff\u00fe|\u00fe\u00ff)|\u0000/.test(greeting);
    if (encoding) evidence.encoding = utf16Holding(greeting, 'e');
    const prompt = namePrompt(greeting);
    if (prompt) return { profile, asksName: true, prompt };
    return session;
  } finally {
    probe.destroy();
  }
}

/**
 * Runs the checks against a learner's server one after another, each with fresh clients, and then
 * judges the whole run from what was seen. A check whose need failed is not run (it would only
 * guess); once the server died or started closing new clients, nothing after it runs.
 */
export async function runServerChecks(
  request: ServerCheckRequest,
  listener: ServerCheckListener = {},
  stopped: () => boolean = () => false,
  readProcess: ProcessReader = () => undefined,
): Promise<ServerCheckRun> {
  const { host, port, timeoutMs, strict } = request;
  const profile = request.profile ?? defaultProfile;
  const evidence: RunEvidence = {};
  const code = await reachable(host, port, timeoutMs);
  if (code) {
    const other = otherFamily(host);
    const answers = other && (await reachable(other, port, timeoutMs)) === undefined;
    evidence.unreachable = { code, ...(answers ? { otherFamily: other } : {}) };
    return { judgement: judgeRun(evidence, [], strict), results: [] };
  }
  const before = readProcess(port);
  if (before?.processes[0]) evidence.process = describeProcess(before.processes[0]);
  const sharedAtStart = portSharing([before]);
  if (sharedAtStart.shared) evidence.portShared = sharedEvidence(sharedAtStart);
  const session = await meetServer(request, profile, evidence);
  const delays: number[] = [];
  const counters = { opened: 0 };
  const results: CheckResult[] = [];
  let halted: ServerCheckId | undefined;
  for (const id of request.ids) {
    if (stopped()) break;
    const need = checkNeeds[id];
    const needed = need && results.find((result) => result.id === need);
    if (halted || (needed && needed.status !== 'pass')) {
      const result = notRunResult(id, halted ?? need!, halted !== undefined);
      results.push(result);
      listener.finished?.(result);
      continue;
    }
    listener.started?.(id);
    const result = await runCheck(
      id,
      bodies[id],
      { host, port, timeoutMs },
      {
        session,
        evidence,
        observed: (ms) => delays.push(ms),
        counters,
        acceptQueue: () => readProcess(port)?.acceptQueue,
      },
    );
    results.push(result);
    listener.finished?.(result);
    // Once a fault of the whole server explains failures, more checks would only repeat it.
    if (evidence.closesClients || (evidence.portShared && result.status === 'fail')) halted = id;
    else if (result.status === 'fail' && (await reachable(host, port, timeoutMs)) !== undefined) {
      evidence.died = { during: id };
      halted = id;
    }
  }
  if (delays.length > 0) {
    const sorted = [...delays].sort((a, b) => a - b);
    evidence.latency = {
      count: sorted.length,
      medianMs: Math.round(sorted[Math.floor((sorted.length - 1) / 2)]!),
      maxMs: Math.round(sorted.at(-1)!),
    };
  }
  // What the server still holds once the last clients left: a busy server may take a moment to
  // close them, so a leak must still be there after up to two seconds to count.
  let after: ServerProcessSnapshot | undefined;
  let leaks: ReturnType<typeof processLeaks> = [];
  for (let waited = 0; waited < leakPatienceMs; waited += afterRunMs) {
    await sleep(afterRunMs);
    after = readProcess(port);
    leaks = before && after ? processLeaks(before, after, { clients: counters.opened }) : [];
    if (leaks.length === 0) break;
  }
  const shared = portSharing([before, after]);
  if (shared.shared) evidence.portShared ??= sharedEvidence(shared);
  if (leaks.length > 0)
    evidence.leaks = leaks.map(({ kind, before: was, after: now }) => ({ kind, before: was, after: now }));
  const judgement = judgeRun(evidence, results, strict);
  return { judgement, results: explainResults(results, judgement) };
}
