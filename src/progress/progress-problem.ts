/** Something the learner should hear about their saved progress, as data; i18n words it. */
export type ProgressProblem =
  | { kind: 'corrupt'; file: string; movedTo?: string; tooBig?: boolean }
  | { kind: 'unreadable'; file: string; reason: string }
  | { kind: 'unwritable'; file: string; reason: string };
