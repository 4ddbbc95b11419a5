import { reasonCause, serverWideCauses, type CheckCause } from './causes.js';
import type { CheckId } from './checks.js';
import { lateMs, type RunEvidence } from './evidence.js';
import type { ProcessDescription } from './server-process.js';
import type { CheckResult } from './result.js';

/** The one judgement of a whole run: pass or fail, and the single cause that explains it. */
export interface Judgement {
  verdict: 'pass' | 'fail';
  cause: CheckCause;
  /** The figures and names the cause is told with (an encoding, the other address, a delay). */
  details: Readonly<Record<string, string | number | boolean>>;
  /** The process that listens, when this machine could tell. */
  process?: ProcessDescription;
  /** The name the checker gave a server that asked for one. */
  name?: string;
}

const serverWide: ReadonlySet<CheckCause> = new Set(serverWideCauses);

/** Whether a failed check counts against the run: basic ones always, advanced ones with --strict. */
function counts(result: CheckResult, strict: boolean): boolean {
  return result.status === 'fail' && (strict || result.level === 'basic');
}

/** The fault of the whole server the evidence shows, first one first; undefined when none. */
function serverFault(evidence: RunEvidence): { cause: CheckCause; details: Judgement['details'] } | undefined {
  const { unreachable, died, closesClients, portShared, protocol, encoding, noNewline, latency } = evidence;
  if (unreachable) return { cause: 'unreachable', details: { ...unreachable } };
  if (died) return { cause: 'server-died', details: { during: died.during } };
  if (closesClients) return { cause: 'closes-clients', details: { ...closesClients } };
  if (portShared) return { cause: 'port-shared', details: { listeners: portShared.listeners } };
  if (protocol) return { cause: 'protocol', details: { ...protocol } };
  if (encoding) return { cause: 'encoding', details: { encoding: encoding.name, bom: encoding.bom ?? false } };
  if (evidence.decodeError) return { cause: 'decode-error', details: {} };
  if (noNewline) return { cause: 'no-newline', details: { ...noNewline } };
  // A leak can be why a server grew slow (threads that spin) and failed checks: it comes first.
  const leak = evidence.leaks?.[0];
  if (leak) return { cause: 'leak', details: { ...leak } };
  if (latency && latency.medianMs > lateMs) return { cause: 'late', details: { ...latency } };
  return undefined;
}

/**
 * A fault that fails the run but explains no other check's failure: lines a slow reader lost. A
 * check that failed for its own reason is named before it.
 */
function lastingFault(evidence: RunEvidence): { cause: CheckCause; details: Judgement['details'] } | undefined {
  const { lost } = evidence;
  return lost ? { cause: 'lost', details: { ...lost, lost: lost.sent - lost.received } } : undefined;
}

/**
 * Decides what kind of server this is from all that was seen, once, before any check is listed: a
 * fault of the whole server (it closed new clients, died, answers in another encoding, ...) wins
 * over the checks it made fail, and so does a leak (threads that pile up slow a server down); without
 * one, the first counted failed check names the cause; then lines a slow reader lost.
 */
export function judgeRun(evidence: RunEvidence, results: readonly CheckResult[], strict: boolean): Judgement {
  const about = {
    ...(evidence.process ? { process: evidence.process } : {}),
    ...(evidence.askedName ? { name: evidence.askedName.name } : {}),
  };
  const fault = serverFault(evidence);
  if (fault) return { verdict: 'fail', ...fault, ...about };
  const failed = results.find((result) => counts(result, strict));
  const lasting = lastingFault(evidence);
  // The check that saw the lasting fault names it with its figures.
  if (failed && !(lasting && reasonCause[failed.reason] === lasting.cause))
    return { verdict: 'fail', cause: reasonCause[failed.reason], details: { check: failed.id }, ...about };
  if (lasting) return { verdict: 'fail', ...lasting, ...about };
  if (evidence.askedName)
    return { verdict: 'pass', cause: 'asks-name', details: { prompt: evidence.askedName.prompt }, ...about };
  return { verdict: 'pass', cause: 'ok', details: {}, ...about };
}

/** A check as the judgement explains it: its cause, and what it needed that did not work. */
export interface ExplainedResult extends CheckResult {
  cause: CheckCause;
  /** For a check not run: the check it needs. */
  dependsOn?: CheckId;
  /** Its failure is the server-wide fault the judgement names, not a bug of its own. */
  explainedByJudgement: boolean;
}

/** Gives each result its cause: the judgement's when that fault explains the failure, else its own. */
export function explainResults(results: readonly CheckResult[], judgement: Judgement): ExplainedResult[] {
  const wide = serverWide.has(judgement.cause);
  return results.map((result) => {
    const own = reasonCause[result.reason];
    const byJudgement = result.status === 'fail' && wide && own !== judgement.cause;
    return { ...result, cause: byJudgement ? judgement.cause : own, explainedByJudgement: byJudgement };
  });
}
