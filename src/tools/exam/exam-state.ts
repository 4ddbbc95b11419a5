/** Where a student is in an exam. */
export type ExamPhase = 'intro' | 'question' | 'done';

export interface ExamState {
  phase: ExamPhase;
  /** The question shown, from 0. */
  index: number;
  /** What was answered so far, one entry a question reached. */
  answers: string[];
  /** What is typed for the question shown. */
  draft: string;
  /** When the timer started (ms), once the student began. */
  startedAt: number | undefined;
  /** Seconds taken, once finished. */
  seconds: number | undefined;
  timeUp: boolean;
}

export type ExamAction =
  | { type: 'start'; now: number }
  | { type: 'type'; text: string }
  | { type: 'submit'; answer: string; now: number; count: number }
  | { type: 'time-up'; limitSeconds: number };

export function initialExam(): ExamState {
  return { phase: 'intro', index: 0, answers: [], draft: '', startedAt: undefined, seconds: undefined, timeUp: false };
}

const secondsSince = (state: ExamState, now: number) => Math.round((now - (state.startedAt ?? now)) / 1000);

/** The exam's state machine; pure, so it is tested without a terminal. Nothing changes once it is done. */
export function examReducer(state: ExamState, action: ExamAction): ExamState {
  if (state.phase === 'done') return state;
  switch (action.type) {
    case 'start':
      return state.phase === 'intro' ? { ...state, phase: 'question', startedAt: action.now } : state;
    case 'type':
      return state.phase === 'question' && action.text !== state.draft ? { ...state, draft: action.text } : state;
    case 'submit': {
      if (state.phase !== 'question') return state;
      const answers = [...state.answers, action.answer];
      if (answers.length < action.count) return { ...state, answers, index: state.index + 1, draft: '' };
      return { ...state, answers, draft: '', phase: 'done', seconds: secondsSince(state, action.now) };
    }
    case 'time-up':
      return state.phase === 'question'
        ? { ...state, phase: 'done', timeUp: true, seconds: action.limitSeconds }
        : state;
  }
}
