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
}

const fresh = (workers: number): RaceLabState => ({
  phase: 'without-lock',
  progress: Array(workers).fill(0),
  counter: 0,
});

/** How often the screen samples the shared counters while threads run. */
const sampleMs = 50;

/**
 * Runs the race without the lock, then with it, sampling progress while threads run. Every worker is
 * terminated when the screen closes or the race starts over.
 */
export default function useRaceLab(
  startRace: ThreadsSources['startRace'],
  workers: number,
  increments: number,
): RaceLabState & { again: () => void } {
  const [round, setRound] = useState(0);
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
    void (async () => {
      try {
        for (const locked of [false, true]) {
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
          if (!live) return;
          setState((s) => ({
            ...s,
            progress: run.progress(),
            counter: result.result,
            [locked ? 'withLock' : 'withoutLock']: result,
          }));
        }
        current = undefined;
        if (live) setState((s) => ({ ...s, phase: 'done' }));
      } catch (error) {
        if (live)
          setState((s) => ({ ...s, phase: 'failed', error: error instanceof Error ? error.message : String(error) }));
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
      setState(fresh(workers));
      setRound((n) => n + 1);
    },
  };
}
