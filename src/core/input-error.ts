/**
 * Every code an InputError may carry, grouped by the module that throws it. The i18n layer must
 * have a message for each in both languages, or `tsc` fails.
 */
export const inputErrorCodes = [
  // ipv4.ts: an address or a mask.
  'ip-empty',
  'ip-parts',
  'ip-octet-empty',
  'ip-octet-char',
  'ip-octet-non-ascii-digit',
  'ip-trailing',
  'ip-octet-leading-zero',
  'ip-octet-range',
  'ip-bits-length',
  'ip-bits-group-length',
  // ipv4.ts (integer input), ipv6.ts, subnet6.ts, ip-range.ts: issue 15.
  'ip-integer-range',
  'stdin-line-too-long',
  'ip6-zone-empty',
  'ip6-zone-long',
  'ip6-zone-char',
  'ip6-colons',
  'ip6-double-gap',
  'ip6-group-empty',
  'ip6-group-char',
  'ip6-group-long',
  'ip6-ipv4-misplaced',
  'ip6-group-count',
  'ip6-group-count-gap',
  'subnet6-prefix-range',
  'subnet6-split-prefix-range',
  'subnet6-split-too-many',
  'subnet6-hosts',
  'ip-family-mix',
  'range-reversed',
  'aggregate-empty',
  // network-steps.ts, address-walk.ts, eui64.ts, cidr-grep.ts, lab-network.ts: issue 30.
  'supernet-prefix-not-number',
  'supernet-prefix-range',
  'exclude-outside',
  'next-count-invalid',
  'subnet-verbs-conflict',
  'hosts-step-invalid',
  'mac-invalid',
  'grep-networks-empty',
  'lab-prefix-range',
  'lab-for-without-seed',
  'lab-seed-without-random',
  'host-name-unresolved',
  'ip-is-network',
  // subnet.ts, subnet-split.ts, vlsm.ts and the subnet command's flags.
  'subnet-empty',
  'subnet-no-prefix',
  'subnet-two-masks',
  'subnet-prefix-missing',
  'subnet-prefix-negative',
  'subnet-prefix-not-number',
  'subnet-prefix-leading-zero',
  'subnet-prefix-range',
  'subnet-mask-noncontiguous',
  'subnet-split-missing',
  'subnet-split-not-number',
  'subnet-split-zero',
  'subnet-split-prefix-range',
  'subnet-split-prefix-short',
  'subnet-split-too-many',
  'subnet-split-and-hosts',
  'subnet-hosts-empty',
  'subnet-hosts-entry',
  'subnet-hosts-too-big',
  'subnet-hosts-no-room',
  // ports.ts.
  'port-empty',
  'port-too-large',
  'port-negative',
  'port-fraction',
  'port-exponent',
  'port-hex',
  'port-leading-zero',
  'port-non-ascii-digit',
  'port-not-number',
  // utf8-decode.ts.
  'utf8-hex-empty',
  'utf8-hex-digit',
  'utf8-hex-odd',
  // quiz/topics.ts and quiz/random.ts.
  'quiz-topic-unknown',
  'quiz-count-not-positive',
  'quiz-count-too-large',
  'quiz-seed-not-integer',
  // race.ts: the threads lab's flags.
  'threads-workers-not-integer',
  'threads-workers-too-small',
  'threads-workers-too-large',
  'threads-increments-not-integer',
  'threads-increments-too-small',
  'threads-increments-too-large',
  // socket-options.ts: serve, connect, demo and check flags.
  'socket-port-invalid',
  'socket-count-invalid',
  'socket-family-unknown',
  'socket-port-zero-connect',
  'socket-host-empty',
  'socket-host-with-port',
  // check/options.ts: netlearn check's target and flags.
  'check-two-ports',
  'check-only-empty',
  'check-id-unknown',
  'check-timeout-invalid',
  // check/profile.ts: a `netlearn check --profile FILE`. Details: line, field, part, allowed.
  'profile-unreadable',
  'profile-too-large',
  'profile-not-yaml',
  'profile-not-mapping',
  'profile-field-unknown',
  'profile-field-missing',
  'profile-field-type',
  'profile-template-unquoted',
  'profile-choice-invalid',
  'profile-placeholder-missing',
  'profile-placeholder-unknown',
  'profile-prompt-invalid',
  'profile-framing-line-only',
  'profile-points-invalid',
  'profile-points-check-unknown',
  // lessons/find-lesson.ts.
  'lesson-unknown',
  // class/roster.ts, class/scan.ts and the class command's flags. Details: line, part, count, max.
  'roster-empty',
  'roster-quote',
  'roster-columns',
  'roster-id-empty',
  'roster-host',
  'roster-duplicate',
  'roster-too-many',
  'roster-too-large',
  'class-name-invalid',
  'class-verb-unknown',
  'class-name-missing',
  'class-export-format',
  'class-every-invalid',
  'class-parallel-invalid',
  'class-roster-or-scan',
  'scan-not-local',
  'scan-too-large',
  'scan-invalid',
  // exam/: an exam file (details: line, field), a student id, a completion code, a codes CSV (line).
  'exam-file-unreadable',
  'exam-file-too-large',
  'exam-not-yaml',
  'exam-not-mapping',
  'exam-field-unknown',
  'exam-field-missing',
  'exam-field-type',
  'exam-id-invalid',
  'exam-topics-empty',
  'exam-topic-unknown',
  'exam-count-range',
  'exam-minutes-range',
  'exam-student-invalid',
  'exam-student-missing',
  'exam-action-unknown',
  'exam-code-char',
  'exam-code-length',
  'exam-code-typo',
  'exam-code-other-exam',
  'exam-code-other-student',
  'exam-csv-invalid',
  'exam-csv-header',
  'exam-csv-too-long',
  'exam-csv-field-empty',
  // drill/: netlearn drill's topic and --minutes.
  'drill-topic-unknown',
] as const;

export type InputErrorCode = (typeof inputErrorCodes)[number];

/**
 * The one error the core throws for input a person typed or sent. It carries a stable code and the
 * offending part, never a sentence: the i18n layer turns it into Spanish or English.
 */
export interface InputErrorDetails {
  /** The piece of input that is wrong, as the user typed it. */
  part?: string;
  /** Where that piece sits (an octet's index, a character offset). */
  index?: number;
  /** Values the message may need: a limit, the closest valid choice, a list of choices. */
  [key: string]: string | number | readonly string[] | undefined;
}

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly details: InputErrorDetails;

  constructor(code: InputErrorCode, details: InputErrorDetails = {}) {
    super(`${code}${details.part === undefined ? '' : `: ${details.part}`}`);
    this.name = 'InputError';
    this.code = code;
    this.details = details;
  }
}

/**
 * By name and code, not `instanceof`: each command is bundled apart from the dispatcher (one file a
 * command, so one never loads another's code), and each file has its own copy of this class.
 */
export function isInputError(error: unknown): error is InputError {
  return (
    error instanceof Error &&
    error.name === 'InputError' &&
    (inputErrorCodes as readonly unknown[]).includes((error as InputError).code)
  );
}
