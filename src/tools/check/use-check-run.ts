import { useCallback, useEffect, useRef } from 'react';
import useKeptState from '../../ui/hooks/use-kept-state.js';
import type { ServerCheckId } from '../../core/check/checks.js';
import type { Judgement } from '../../core/check/judgement.js';
import type { CheckProfile } from '../../core/check/profile-model.js';
import type { CheckResult } from '../../core/check/result.js';
import type { CheckSources } from './sources.js';

export interface CheckRequest {
  host: string;
  port: number;
  ids: readonly ServerCheckId[];
  timeoutMs: number;
  strict: boolean;
  profile?: CheckProfile;
}

export interface CheckRunState {
  phase: 'idle' | 'running' | 'done' | 'unreachable' | 'failed';
  request?: CheckRequest;
  running?: ServerCheckId;
  results: readonly CheckResult[];
  /** The run's one judgement, once it is over. */
  judgement?: Judgement;
  /** The message of an unexpected failure. */
  error?: string;
}

type Action =
  | { type: 'start'; request: CheckRequest }
  | { type: 'started'; id: ServerCheckId }
  | { type: 'finished'; result: CheckResult }
  | { type: 'done'; judgement: Judgement; results: readonly CheckResult[] }
  | { type: 'failed'; message: string };

function checkRunReducer(state: CheckRunState, action: Action): CheckRunState {
  switch (action.type) {
    case 'start':
      return { phase: 'running', request: action.request, results: [] };
    case 'started':
      return { ...state, running: action.id };
    case 'finished':
      return { ...state, running: undefined, results: [...state.results, action.result] };
    case 'done': {
      // The judgement explains each result: the run's own list replaces the one built as they came.
      const phase = action.judgement.cause === 'unreachable' ? 'unreachable' : 'done';
      return { ...state, phase, running: undefined, judgement: action.judgement, results: action.results };
    }
    case 'failed':
      return { ...state, phase: 'failed', running: undefined, error: action.message };
  }
}

/**
 * Runs the checks through the screen's sources and keeps what they found, check by check, also while
 * another screen covers this one. A new start (or leaving the screen) stops the run in progress after
 * its current check; its late results are dropped.
 */
export default function useCheckRun(sources: CheckSources) {
  // Kept while a lesson is open on top: Esc comes back to the same results.
  const [state, setState] = useKeptState<CheckRunState>('run', { phase: 'idle', results: [] });
  const dispatch = useCallback((action: Action) => setState((current) => checkRunReducer(current, action)), [setState]);
  const generation = useRef(0);
  useEffect(
    () => () => {
      generation.current++;
    },
    [],
  );
  const start = useCallback(
    (request: CheckRequest) => {
      const mine = ++generation.current;
      const current = () => generation.current === mine;
      dispatch({ type: 'start', request });
      sources
        .run(
          request,
          {
            started: (id) => current() && dispatch({ type: 'started', id }),
            finished: (result) => current() && dispatch({ type: 'finished', result }),
          },
          () => !current(),
        )
        .then(
          (run) => {
            if (!current()) return;
            dispatch({ type: 'done', judgement: run.judgement, results: run.results });
          },
          (error: unknown) => current() && dispatch({ type: 'failed', message: String(error) }),
        );
    },
    [sources, dispatch],
  );
  return { state, start };
}
