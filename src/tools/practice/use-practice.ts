import { useEffect, useMemo, useReducer, useRef } from 'react';
import { lessonQuestionById } from '../../core/quiz/generators/lessons.js';
import { checkAnswer } from '../../core/quiz/check-answer.js';
import { review, startSession } from '../../core/quiz/leitner.js';
import { itemKey, type Topic } from '../../core/quiz/question.js';
import { createRandom } from '../../core/quiz/random.js';
import { recordAnswer } from '../../core/quiz/score.js';
import { availableTopics, nextQuestion, type Asked, type QuizSource } from '../../core/quiz/topics.js';
import { useProgress } from '../../ui/progress-context.js';
import { readPracticeProgress, type PracticeProgress } from './practice-progress.js';
import { initialPractice, practiceReducer, type PracticeState } from './practice-state.js';

export interface Practice {
  state: PracticeState;
  progress: PracticeProgress;
  topics: Topic[];
  /** Starts a topic (undefined: the mix): a new Leitner session and its first question. */
  start: (topic: Topic | undefined) => void;
  move: (by: number) => void;
  /** Puts the cursor on a choice. */
  point: (index: number) => void;
  type: (text: string) => void;
  /** Judges the given answer, or else what is typed in the field. */
  submit: (answer?: string) => void;
  next: () => void;
  topicsMenu: () => void;
  askReset: () => void;
  cancelReset: () => void;
  reset: () => void;
}

/**
 * The Practice screen's behaviour: questions chosen by the Leitner schedule, answers judged by the
 * core, boxes, streaks and accuracy saved in the progress file's `practice` section at each answer.
 */
export default function usePractice(source: QuizSource, seed: number): Practice {
  const { progress: saved, update } = useProgress();
  const progress = readPracticeProgress(saved.practice);
  const random = useRef(createRandom(seed)).current;
  // What this session has asked: each topic's pool is drawn without repeats until it is used up.
  const asked = useRef<Asked>(new Map()).current;
  const topics = useMemo(() => availableTopics(source), [source]);
  const [state, dispatch] = useReducer(practiceReducer, undefined, initialPractice);
  // Tab switches the language: a lesson's question (the one thing in words of its own) follows it.
  const language = useRef(source);
  useEffect(() => {
    if (language.current === source) return;
    language.current = source;
    const question = state.question;
    if (question?.topic !== 'lessons') return;
    const same = lessonQuestionById(source.lessons, question.kind);
    if (same) dispatch({ type: 'relang', question: same });
  }, [source, state.question]);
  // The field's latest text, read at Enter even before the re-render that shows it has happened.
  const typed = useRef('');
  // Enter reaches both the screen's keymap and the field's own onSubmit: judge each question once.
  const judged = useRef<unknown>(undefined);

  const save = (change: (current: PracticeProgress) => PracticeProgress) =>
    update((p) => {
      const next = change(readPracticeProgress(p.practice));
      return { ...p, practice: { ...p.practice, leitner: next.leitner, score: next.score } };
    });

  const ask = (topic: Topic | undefined, leitner = progress.leitner) =>
    dispatch({ type: 'ask', topic, question: nextQuestion(random, leitner, topic, source, asked) });

  return {
    state,
    progress,
    topics,
    start(topic) {
      const leitner = startSession(progress.leitner);
      save((current) => ({ ...current, leitner: startSession(current.leitner) }));
      ask(topic, leitner);
    },
    move: (by) => dispatch({ type: 'move', by, count: topics.length + 1 }),
    point: (index) => dispatch({ type: 'point', index }),
    type(text) {
      // What a paste brings after the Enter that answered is no new answer.
      if (judged.current === state.question) return;
      typed.current = text;
      dispatch({ type: 'type', text });
    },
    submit(given) {
      const answer = given ?? typed.current;
      const question = state.question;
      // An Enter on an empty field is a slip, not an answer.
      if (!question || state.phase !== 'question' || answer.trim() === '' || judged.current === question) return;
      judged.current = question;
      const verdict = checkAnswer(question, answer);
      save((current) => ({
        leitner: review(current.leitner, itemKey(question), verdict.correct),
        score: recordAnswer(current.score, question.topic, verdict.correct),
      }));
      typed.current = '';
      dispatch({ type: 'judge', answer, verdict });
    },
    next: () => ask(state.topic),
    topicsMenu: () => dispatch({ type: 'topics' }),
    askReset: () => dispatch({ type: 'confirm-reset' }),
    cancelReset: () => dispatch({ type: 'cancel-reset' }),
    reset() {
      update((p) => ({ ...p, practice: {} }));
      dispatch({ type: 'reset-done' });
    },
  };
}
