import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { emptyProgress, type Progress } from '../progress/progress-data.js';
import type { ProgressProblem } from '../progress/progress-problem.js';

/** What lives only as long as the app runs: where a reader was when a tool covered it, and so on. */
export type Session = Map<string, string>;

/**
 * What the screens need of saved progress. src/progress's ProgressStore satisfies it; tests may
 * hand in anything that does.
 */
export interface ProgressSource {
  get: () => Progress;
  update: (change: (progress: Progress) => Progress) => void;
  /** Writes a change still waiting for its turn, now. */
  flush: () => void;
  subscribe: (listener: () => void) => () => void;
  problem: () => ProgressProblem | undefined;
}

/** Progress kept only while a screen rendered without the app's provider is shown. */
function unsavedProgress(): ProgressSource {
  let progress = emptyProgress();
  const listeners = new Set<() => void>();
  return {
    get: () => progress,
    update(change) {
      progress = change(progress);
      for (const listener of listeners) listener();
    },
    flush() {},
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    problem: () => undefined,
  };
}

const ProgressContext = createContext<{ store: ProgressSource; session: Session } | undefined>(undefined);

interface ProgressProviderProps {
  /** The learner's saved progress, opened before the app renders. */
  store: ProgressSource;
  children: ReactNode;
}

export function ProgressProvider({ store, children }: ProgressProviderProps) {
  const [session] = useState<Session>(() => new Map());
  // The reading position may wait a second to be saved: leaving the app (q, a signal) saves it now.
  useEffect(() => () => store.flush(), [store]);
  return <ProgressContext.Provider value={{ store, session }}>{children}</ProgressContext.Provider>;
}

export interface ProgressHandle {
  progress: Progress;
  update: (change: (progress: Progress) => Progress) => void;
  /** The latest problem with the progress file, for a one-line warning. */
  problem: ProgressProblem | undefined;
  session: Session;
}

/** The learner's progress; outside a provider (a screen rendered alone) it lives in memory. */
export function useProgress(): ProgressHandle {
  const provided = useContext(ProgressContext);
  const [fallback] = useState(() => ({ store: unsavedProgress(), session: new Map() as Session }));
  const { store, session } = provided ?? fallback;
  const progress = useSyncExternalStore(store.subscribe, store.get);
  return { progress, update: store.update, problem: store.problem(), session };
}
