import { useReducer } from 'react';

/** Reading the text, answering the check questions, or searching every lesson. */
export type ReaderMode = 'read' | 'quiz' | 'search';

export interface ReaderState {
  mode: ReaderMode;
  /** The question shown, and the option the cursor is on. */
  question: number;
  choice: number;
  query: string;
  /** The search hit the cursor is on. */
  hit: number;
  /** Rows the learner paged the quiz view up from where it follows the cursor. */
  quizShift: number;
}

export type ReaderAction =
  | { type: 'quiz'; question: number; choice: number }
  | { type: 'read' }
  | { type: 'choose'; choice: number }
  | { type: 'search' }
  | { type: 'query'; query: string }
  | { type: 'hit'; hit: number }
  | { type: 'quizShift'; shift: number };

export const initialReaderState: ReaderState = {
  mode: 'read',
  question: 0,
  choice: 0,
  query: '',
  hit: 0,
  quizShift: 0,
};

export function readerReducer(state: ReaderState, action: ReaderAction): ReaderState {
  switch (action.type) {
    case 'quiz':
      return { ...state, mode: 'quiz', question: action.question, choice: action.choice, quizShift: 0 };
    case 'read':
      return { ...state, mode: 'read' };
    case 'choose':
      return { ...state, choice: action.choice, quizShift: 0 };
    case 'search':
      return { ...state, mode: 'search', hit: 0 };
    case 'query':
      return { ...state, query: action.query, hit: 0 };
    case 'hit':
      return { ...state, hit: action.hit };
    case 'quizShift':
      return { ...state, quizShift: action.shift };
  }
}

/** The reader's own state; the lesson and scroll position live in progress, so they survive a tool. */
export default function useReaderState() {
  return useReducer(readerReducer, initialReaderState);
}
