import { useEffect, useRef, useState } from 'react';
import {
  checkDrillAnswer,
  drillQuestion,
  type DrillQuestion,
  type DrillTopic,
} from '../../core/drill/drill-questions.js';
import { emptyDrillStats, readDrillBests, recordDrillAnswer, type DrillStats } from '../../core/drill/drill-stats.js';
import { createRandom } from '../../core/quiz/random.js';
import { useProgress } from '../../ui/progress-context.js';
import { newBest } from './drill-summary.js';

/** One drill on the screen: its questions, its stats and its clock. */
export interface DrillRun {
  topic: DrillTopic;
  minutes: number;
  startedAt: number;
  question: DrillQuestion;
  askedAt: number;
  stats: DrillStats;
  /** The last answer's verdict and the right answer, shown above the next question. */
  last: { correct: boolean; question: DrillQuestion } | undefined;
  /** Set when the drill is over: the time it counted and the best it had to beat. */
  ended: { elapsedMs: number; full: boolean; best: number | undefined } | undefined;
}

/**
 * A drill's behaviour: questions one after another as fast as they are answered, the clock ticking
 * each second until the time is up, and a new personal best saved in progress (Practice's section).
 */
export default function useDrill(now: () => number, seed: number) {
  const { progress, update } = useProgress();
  const bests = readDrillBests(progress.practice.drill);
  const random = useRef(createRandom(seed)).current;
  const [run, setRun] = useState<DrillRun | undefined>();
  const [clock, setClock] = useState(now);
  const [draft, setDraft] = useState('');
  const typed = useRef('');
  const running = run !== undefined && run.ended === undefined;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setClock(now()), 1000);
    return () => clearInterval(timer);
  }, [running, now]);

  const finish = (current: DrillRun, full: boolean, at: number): DrillRun => {
    const ended = {
      elapsedMs: Math.min(at - current.startedAt, current.minutes * 60_000),
      full,
      best: bests[current.topic],
    };
    const best = newBest(current.stats, ended);
    if (best !== undefined)
      update((p) => ({
        ...p,
        practice: { ...p.practice, drill: { ...readDrillBests(p.practice.drill), [current.topic]: best } },
      }));
    return { ...current, ended };
  };

  useEffect(() => {
    if (running && clock - run.startedAt >= run.minutes * 60_000) setRun(finish(run, true, clock));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- finish reads the latest bests; the clock drives this
  }, [clock, running]);

  return {
    run,
    draft,
    bests,
    elapsedMs: run ? Math.min(clock - run.startedAt, run.minutes * 60_000) : 0,
    start(topic: DrillTopic, minutes: number) {
      const at = now();
      setClock(at);
      typed.current = '';
      setDraft('');
      setRun({
        topic,
        minutes,
        startedAt: at,
        question: drillQuestion(random, topic),
        askedAt: at,
        stats: emptyDrillStats(),
        last: undefined,
        ended: undefined,
      });
    },
    type(text: string) {
      typed.current = text;
      setDraft(text);
    },
    submit() {
      const answer = typed.current;
      if (!run || run.ended || answer.trim() === '') return;
      const at = now();
      typed.current = '';
      setDraft('');
      if (at - run.startedAt > run.minutes * 60_000) return setRun(finish(run, true, at));
      const correct = checkDrillAnswer(run.question, answer);
      const stats = recordDrillAnswer(run.stats, run.question.kind, correct, at - run.askedAt);
      setRun({
        ...run,
        stats,
        last: { correct, question: run.question },
        question: drillQuestion(random, run.topic),
        askedAt: at,
      });
    },
    /** Ends the drill now: it does not count for a best. */
    stop() {
      if (run && !run.ended) setRun(finish(run, false, now()));
    },
    menu: () => setRun(undefined),
  };
}
