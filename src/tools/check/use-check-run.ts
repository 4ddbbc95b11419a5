import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ServerCheckId } from '../../core/check/checks.js';
import type { CheckResult } from '../../core/check/result.js';
import type { CheckSources } from './sources.js';

export interface CheckRequest {
  host: string;
  port: number;
  ids: readonly ServerCheckId[];
  timeoutMs: number;
}

export interface CheckRunState {
  phase: 'idle' | 'running' | 'done' | 'unreachable' | 'failed';
  request?: CheckRequest;
  running?: ServerCheckId;
  results: readonly CheckResult[];
  /** The error code when nothing answered, or the message of an unexpected failure. */
  error?: string;
}

type Action =
  | { type: 'start'; request: CheckRequest }
  | { type: 'started'; id: ServerCheckId }
  | { type: 'finished'; result: CheckResult }
  | { type: 'done' }
  | { type: 'unreachable'; code: string }
  | { type: 'failed'; message: string };

function checkRunReducer(state: CheckRunState, action: Action): CheckRunState {
  switch (action.type) {
    case 'start':
      return { phase: 'running', request: action.request, results: [] };
    case 'started':
      return { ...state, running: action.id };
    case 'finished':
      return { ...state, running: undefined, results: [...state.results, action.result] };
    case 'done':
      return { ...state, phase: 'done', running: undefined };
    case 'unreachable':
      return { ...state, phase: 'unreachable', running: undefined, error: action.code };
    case 'failed':
      return { ...state, phase: 'failed', running: undefined, error: action.message };
  }
}

/**
 * Runs the checks through the screen's sources and keeps what they found, check by check. A new
 * start (or leaving the screen) stops the run in progress after its current check; its late results
 * are dropped.
 */
export default function useCheckRun(sources: CheckSources) {
  const [state, dispatch] = useReducer(checkRunReducer, { phase: 'idle', results: [] });
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
            dispatch('unreachable' in run ? { type: 'unreachable', code: run.unreachable } : { type: 'done' });
          },
          (error: unknown) => current() && dispatch({ type: 'failed', message: String(error) }),
        );
    },
    [sources],
  );
  return { state, start };
}
