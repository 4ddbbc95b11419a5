/** Something the learner should hear about their saved progress, as data; i18n words it. */
export type ProgressProblem =
  | { kind: 'corrupt'; file: string; movedTo?: string; tooBig?: boolean }
  | { kind: 'unreadable'; file: string; reason: string }
  /** A named pipe, folder or device where the file should be: neither read nor replaced. */
  | { kind: 'not-a-file'; file: string }
  | { kind: 'unwritable'; file: string; reason: string };
