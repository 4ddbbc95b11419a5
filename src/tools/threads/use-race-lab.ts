import { useEffect, useState } from 'react';
import type { RunResult } from '../../core/race.js';
import type { RaceRun } from '../../threads/race.js';
import type { ThreadsSources } from './sources.js';

export interface RaceLabState {
  /** Which run is going: the race without the lock, then with it. */
  phase: 'without-lock' | 'with-lock' | 'done' | 'failed';
  /** Additions each worker has made in the current run. */
  progress: number[];
  counter: number;
  withoutLock?: RunResult;
  withLock?: RunResult;
  error?: string;
  /** Runs without a lock this visit, and how many of them lost additions: one lucky run proves little. */
  tally: { runs: number; lossy: number };
  /** While `c` counts runs: how many are done of how many. */
  counting?: { done: number; total: number };
}

const fresh = (workers: number, tally = { runs: 0, lossy: 0 }): RaceLabState => ({
  phase: 'without-lock',
  progress: Array(workers).fill(0),
  counter: 0,
  tally,
});

/** What the next round does: both runs once, or `count` runs without the lock in a row. */
interface Round {
  n: number;
  count?: number;
}

/** How often the screen samples the shared counters while threads run. */
const sampleMs = 50;

/**
 * Runs the race without the lock, then with it (or the race alone, several times, counting the runs
 * that lost additions), sampling progress while threads run. Every worker is
 * terminated when the screen closes or the race starts over.
 */
export default function useRaceLab(
  startRace: ThreadsSources['startRace'],
  workers: number,
  increments: number,
): RaceLabState & { again: () => void; countRuns: (count: number) => void } {
  const [round, setRound] = useState<Round>({ n: 0 });
  const [state, setState] = useState<RaceLabState>(() => fresh(workers));

  useEffect(() => {
    let live = true;
    let current: RaceRun | undefined;
    const timer = setInterval(() => {
      // Read now: React may run the updater later, when `current` has moved on.
      if (!current || !live) return;
      const progress = current.progress();
      const counter = current.counter();
      setState((s) => ({ ...s, progress, counter }));
    }, sampleMs);
    const expected = workers * increments;
    const runOnce = async (locked: boolean) => {
      const run = startRace({ workers, increments, locked });
      current = run;
      setState((s) => ({
        ...s,
        phase: locked ? 'with-lock' : 'without-lock',
        progress: Array(workers).fill(0),
        counter: 0,
      }));
      const result = await run.done;
      await run.stop();
      if (!live) return false;
      const lost = result.result < expected ? 1 : 0;
      setState((s) => ({
        ...s,
        progress: run.progress(),
        counter: result.result,
        [locked ? 'withLock' : 'withoutLock']: result,
        tally: locked ? s.tally : { runs: s.tally.runs + 1, lossy: s.tally.lossy + lost },
      }));
      return true;
    };
    void (async () => {
      try {
        if (round.count === undefined) {
          for (const locked of [false, true]) if (!(await runOnce(locked))) return;
        } else {
          for (let done = 0; done < round.count; done++) {
            const counting = { done, total: round.count };
            setState((s) => ({ ...s, counting }));
            if (!(await runOnce(false))) return;
          }
        }
        current = undefined;
        if (live) setState((s) => ({ ...s, phase: 'done', counting: undefined }));
      } catch (error) {
        if (live)
          setState((s) => ({
            ...s,
            phase: 'failed',
            counting: undefined,
            error: error instanceof Error ? error.message : String(error),
          }));
      }
    })();
    return () => {
      live = false;
      clearInterval(timer);
      void current?.stop();
    };
  }, [round, workers, increments, startRace]);

  return {
    ...state,
    again: () => {
      setState((s) => fresh(workers, s.tally));
      setRound((r) => ({ n: r.n + 1 }));
    },
    countRuns: (count: number) => {
      // The tally starts over: "2 of 10" must count exactly the runs it names.
      setState((s) => ({ ...fresh(workers), withLock: s.withLock }));
      setRound((r) => ({ n: r.n + 1, count }));
    },
  };
}
