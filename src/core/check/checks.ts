/** The checks `netlearn check` runs against a learner's chat server or client; the ids are a contract. */
export const basicCheckIds = [
  'connect',
  'broadcast',
  'concurrent',
  'split-line',
  'two-lines',
  'utf8',
  'long-line',
  'clean-leave',
  'abrupt-leave',
  'churn',
] as const;
const advancedCheckIds = ['slow-reader', 'users'] as const;
export const serverCheckIds = [...basicCheckIds, ...advancedCheckIds] as const;
/** `--client`: what the learner's own client does when it talks to netlearn. */
export const clientCheckIds = ['client-connect', 'client-utf8', 'client-reads', 'client-close'] as const;

export type ServerCheckId = (typeof serverCheckIds)[number];
export type ClientCheckId = (typeof clientCheckIds)[number];
export type CheckId = ServerCheckId | ClientCheckId;
export type CheckLevel = 'basic' | 'advanced';
/** `not-run`: a check whose need failed first (it would only guess); `skip`: optional and absent. */
export type CheckStatus = 'pass' | 'fail' | 'skip' | 'not-run';

export function checkLevel(id: CheckId): CheckLevel {
  return (advancedCheckIds as readonly string[]).includes(id) ? 'advanced' : 'basic';
}

/** The lesson whose code shows the fix for what each check finds, by lesson id. */
export const checkLessons: Readonly<Record<CheckId, string>> = {
  connect: 'server',
  broadcast: 'safe-broadcast',
  concurrent: 'thread',
  'split-line': 'tcp-stream',
  'two-lines': 'tcp-stream',
  utf8: 'utf8',
  'long-line': 'tcp-stream',
  'clean-leave': 'three-ways',
  'abrupt-leave': 'safe-broadcast',
  churn: 'safe-broadcast',
  'slow-reader': 'safe-broadcast',
  users: 'address-tuple',
  'client-connect': 'client',
  'client-utf8': 'utf8',
  'client-reads': 'client',
  'client-close': 'client',
};

/**
 * Why a check ended as it did: each names one diagnosis (a sentence per language). `pass` for a
 * check that passed; the rest name what the checker saw and so the likely bug.
 */
export const checkReasons = [
  'pass',
  'timeout',
  'connect-error',
  'connect-timeout',
  'connect-closed',
  'broadcast-none',
  'broadcast-sender-only',
  'broadcast-partial',
  'broadcast-no-newline',
  'broadcast-late',
  'broadcast-protocol',
  'broadcast-one-at-a-time',
  'concurrent-blocked',
  'split-line-cut',
  'split-line-none',
  'split-line-mixed',
  'two-lines-merged',
  'two-lines-none',
  'empty-line-stops',
  'utf8-none',
  'utf8-decode-error',
  'utf8-mojibake',
  'utf8-latin1',
  'utf8-changed',
  'long-line-cut',
  'long-line-truncated',
  'long-line-none',
  'clean-leave-flood',
  'clean-leave-stuck',
  'abrupt-leave-first',
  'abrupt-leave-second',
  'churn-missing',
  'sender-closed',
  'churn-order',
  'slow-reader-blocked',
  'slow-reader-lost',
  'users-missing',
  'users-none',
  'not-run',
  'client-none',
  'client-utf8-none',
  'client-utf8-no-newline',
  'client-utf8-latin1',
  'client-utf8-changed',
  'client-reads-stuck',
  'client-reads-gone',
  'client-close-reset',
  'client-close-none',
] as const;
export type CheckReason = (typeof checkReasons)[number];
