import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Progress } from '../progress/progress-data.js';
import { memoryProgressStore, type ProgressProblem, type ProgressStore } from '../progress/progress-store.js';

/** What lives only as long as the app runs: where a reader was when a tool covered it, and so on. */
export type Session = Map<string, string>;

const ProgressContext = createContext<{ store: ProgressStore; session: Session } | undefined>(undefined);

interface ProgressProviderProps {
  /** The learner's saved progress, opened before the app renders. */
  store: ProgressStore;
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
  const [fallback] = useState(() => ({ store: memoryProgressStore(), session: new Map() as Session }));
  const { store, session } = provided ?? fallback;
  const progress = useSyncExternalStore(store.subscribe, store.get);
  return { progress, update: store.update, problem: store.problem(), session };
}
