import type { Verdict } from '../../core/quiz/check-answer.js';
import type { Question, Topic } from '../../core/quiz/question.js';

/** Where the learner is on the Practice screen. */
export type PracticePhase = 'choose' | 'question' | 'feedback';

export interface PracticeState {
  phase: PracticePhase;
  /** The topic being practised; undefined is the mix. */
  topic: Topic | undefined;
  /** The highlighted entry of the topic menu. */
  selected: number;
  question: Question | undefined;
  /** What is typed in the answer field. */
  answer: string;
  /** The choice the cursor is on, for questions answered by picking one. */
  cursor: number;
  verdict: Verdict | undefined;
  /** Waiting for y/n before wiping the saved progress. */
  confirmingReset: boolean;
  /** Shown once after a reset. */
  notice: 'reset' | undefined;
}

export type PracticeAction =
  | { type: 'move'; by: number; count: number }
  | { type: 'select'; index: number }
  | { type: 'ask'; topic: Topic | undefined; question: Question }
  | { type: 'type'; text: string }
  | { type: 'point'; index: number }
  | { type: 'relang'; question: Question }
  | { type: 'judge'; answer: string; verdict: Verdict }
  | { type: 'topics' }
  | { type: 'confirm-reset' }
  | { type: 'cancel-reset' }
  | { type: 'reset-done' };

export function initialPractice(): PracticeState {
  return {
    phase: 'choose',
    topic: undefined,
    selected: 0,
    question: undefined,
    answer: '',
    cursor: 0,
    verdict: undefined,
    confirmingReset: false,
    notice: undefined,
  };
}

/** The screen's state machine; pure, so it is tested without a terminal. */
export function practiceReducer(state: PracticeState, action: PracticeAction): PracticeState {
  switch (action.type) {
    case 'move':
      return { ...state, selected: (state.selected + action.by + action.count) % action.count, notice: undefined };
    case 'select':
      return { ...state, selected: action.index };
    case 'ask':
      return {
        ...state,
        phase: 'question',
        topic: action.topic,
        question: action.question,
        answer: '',
        cursor: 0,
        verdict: undefined,
        notice: undefined,
      };
    case 'type':
      // The same text changes nothing (no re-render).
      return action.text === state.answer ? state : { ...state, answer: action.text };
    case 'point':
      return { ...state, cursor: action.index };
    case 'relang':
      // The same question in the other language: where the learner is stays as it was.
      return { ...state, question: action.question };
    case 'judge':
      return { ...state, phase: 'feedback', answer: action.answer, verdict: action.verdict };
    case 'topics':
      return { ...state, phase: 'choose', question: undefined, verdict: undefined, notice: undefined };
    case 'confirm-reset':
      return { ...state, confirmingReset: true };
    case 'cancel-reset':
      return { ...state, confirmingReset: false };
    case 'reset-done':
      return { ...initialPractice(), selected: state.selected, notice: 'reset' };
  }
}
