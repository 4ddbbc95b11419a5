import { useEffect, useReducer, useRef, useState } from 'react';
import type { ExamSpec } from '../../core/exam/exam-spec.js';
import { examReducer, initialExam, type ExamState } from './exam-state.js';

export interface Exam {
  state: ExamState;
  /** Seconds left on the timer, now. */
  secondsLeft: number;
  start: () => void;
  type: (text: string) => void;
  /** Records what is typed (empty skips the question) and moves on. */
  submit: () => void;
}

/**
 * An exam in progress: the answers and the timer live here, above the words, so Tab (which
 * re-renders the screen in the other language) keeps both. The timer ticks each second and ends
 * the exam at the limit.
 */
export default function useExam(spec: ExamSpec, now: () => number): Exam {
  const [state, dispatch] = useReducer(examReducer, undefined, initialExam);
  const [clock, setClock] = useState(now);
  // The field's latest text, read at Enter even before the re-render that shows it.
  const typed = useRef('');
  const limit = spec.minutes * 60;
  const running = state.phase === 'question';

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setClock(now()), 1000);
    return () => clearInterval(timer);
  }, [running, now]);

  const elapsed = state.startedAt === undefined ? 0 : (clock - state.startedAt) / 1000;
  useEffect(() => {
    if (running && elapsed >= limit) dispatch({ type: 'time-up', limitSeconds: limit });
  }, [running, elapsed, limit]);

  return {
    state,
    secondsLeft: Math.max(0, Math.ceil(limit - elapsed)),
    start() {
      const at = now();
      setClock(at);
      dispatch({ type: 'start', now: at });
    },
    type(text) {
      typed.current = text;
      dispatch({ type: 'type', text });
    },
    submit() {
      const answer = typed.current;
      typed.current = '';
      dispatch({ type: 'submit', answer, now: now(), count: spec.count });
    },
  };
}
