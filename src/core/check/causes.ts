import type { CheckReason, ServerCheckId } from './checks.js';

/**
 * What kind of fault a server has, as one word a script or a teacher can count on (the README lists
 * them). The first group describes the whole server and explains every later failure; the second
 * names what one check saw when nothing larger explains it.
 */
/** Faults of the whole server that explain the failures they cause: a check that failed is that again. */
export const serverWideCauses = [
  'unreachable',
  'closes-clients',
  'server-died',
  'port-shared',
  'protocol',
  'encoding',
  'decode-error',
  'no-newline',
] as const;

export const checkCauses = [
  'ok',
  ...serverWideCauses,
  'lost',
  'late',
  'leak',
  'asks-name',
  'broadcast',
  'concurrency',
  'framing',
  'leave',
  'users',
  'stuck',
] as const;
export type CheckCause = (typeof checkCauses)[number];

/** The cause a check's own failure names, when no fault of the whole server explains it. */
export const reasonCause: Readonly<Record<CheckReason, CheckCause>> = {
  pass: 'ok',
  timeout: 'stuck',
  'connect-error': 'closes-clients',
  'connect-timeout': 'stuck',
  'connect-closed': 'closes-clients',
  'broadcast-none': 'broadcast',
  'broadcast-sender-only': 'broadcast',
  'broadcast-partial': 'broadcast',
  'broadcast-no-newline': 'no-newline',
  'broadcast-late': 'late',
  'broadcast-protocol': 'protocol',
  'broadcast-one-at-a-time': 'concurrency',
  'concurrent-blocked': 'concurrency',
  'split-line-cut': 'framing',
  'split-line-none': 'framing',
  'split-line-mixed': 'framing',
  'two-lines-merged': 'framing',
  'two-lines-none': 'framing',
  'empty-line-stops': 'framing',
  'utf8-none': 'framing',
  'utf8-decode-error': 'decode-error',
  'utf8-mojibake': 'encoding',
  'utf8-latin1': 'encoding',
  'utf8-changed': 'framing',
  'long-line-cut': 'framing',
  'long-line-truncated': 'framing',
  'long-line-none': 'framing',
  'clean-leave-flood': 'leave',
  'clean-leave-stuck': 'leave',
  'abrupt-leave-first': 'leave',
  'abrupt-leave-second': 'leave',
  'churn-missing': 'concurrency',
  'sender-closed': 'leave',
  'churn-order': 'concurrency',
  'slow-reader-blocked': 'concurrency',
  'slow-reader-lost': 'lost',
  'users-missing': 'users',
  'users-none': 'ok',
  'not-run': 'ok',
  'client-none': 'unreachable',
  'client-utf8-none': 'framing',
  'client-utf8-no-newline': 'no-newline',
  'client-utf8-latin1': 'encoding',
  'client-utf8-changed': 'framing',
  'client-reads-stuck': 'concurrency',
  'client-reads-gone': 'leave',
  'client-close-reset': 'leave',
  'client-close-none': 'leave',
};

/**
 * What each check needs to have worked before it can say anything: every check after `broadcast`
 * judges what one client's line did at another, so with no broadcast it would only guess.
 */
export const checkNeeds: Readonly<Partial<Record<ServerCheckId, ServerCheckId>>> = {
  broadcast: 'connect',
  concurrent: 'broadcast',
  'split-line': 'broadcast',
  'two-lines': 'broadcast',
  utf8: 'broadcast',
  'long-line': 'broadcast',
  'clean-leave': 'broadcast',
  'abrupt-leave': 'broadcast',
  churn: 'broadcast',
  'slow-reader': 'broadcast',
  users: 'connect',
};
