import { useEffect, useReducer } from 'react';
import type { DemoEvent } from '../../core/demo-events.js';
import type { DemoNotice } from './notice.js';

/** What the learner has chosen on the demo screen (the server's own state is in use-demo-state.ts). */
export interface DemoScreenState {
  /** The client picked with ↑↓; the newest open one when unset or closed. */
  chosen?: number;
  /** The message field is open. */
  typing: boolean;
  /** The text being typed, to show its size in bytes. */
  draft: string;
  /** Log entries scrolled up from the newest. */
  scroll: number;
  /** Rows of the explanation scrolled past, while it stands in the log's place. */
  panelOffset: number;
  /** A short answer to a key that cannot do anything right now (s with no client to speak). */
  notice?: DemoNotice;
  /** On a small terminal the explanation takes the log's place while this is on. */
  explaining: boolean;
  /** w swaps the explanation for the TCP states of the demo's own port, read from the OS. */
  showStates: boolean;
}

export type DemoScreenAction =
  | { type: 'choose'; client: number }
  | { type: 'type' }
  | { type: 'draft'; draft: string }
  | { type: 'cancel' }
  | { type: 'sent' }
  | { type: 'scrollLog'; by: number; max: number }
  | { type: 'scrollPanel'; by: number }
  | { type: 'panelTop' }
  | { type: 'notice'; notice?: DemoNotice }
  | { type: 'explain' }
  | { type: 'states' };

export const initialDemoScreenState: DemoScreenState = {
  typing: false,
  draft: '',
  scroll: 0,
  panelOffset: 0,
  explaining: false,
  showStates: false,
};

export function demoScreenReducer(state: DemoScreenState, action: DemoScreenAction): DemoScreenState {
  switch (action.type) {
    case 'choose':
      return { ...state, chosen: action.client };
    case 'type':
      return { ...state, notice: undefined, draft: '', typing: true };
    case 'draft':
      return { ...state, draft: action.draft };
    case 'cancel':
      return { ...state, typing: false };
    case 'sent':
      return { ...state, draft: '', typing: false };
    case 'scrollLog':
      return { ...state, scroll: Math.max(0, Math.min(state.scroll + action.by, action.max)) };
    case 'scrollPanel':
      return { ...state, panelOffset: Math.max(0, state.panelOffset + action.by) };
    case 'panelTop':
      return state.panelOffset === 0 ? state : { ...state, panelOffset: 0 };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'explain':
      return { ...state, explaining: !state.explaining };
    case 'states':
      return { ...state, showStates: !state.showStates };
  }
}

/**
 * The screen's own state. A notice fades after four seconds; a new event starts the explanation
 * from the top; a client the stopped server refused gets the notice Python's connect() would give.
 */
export default function useDemoScreenState(last: DemoEvent | undefined, refusedAt: () => string) {
  const [state, dispatch] = useReducer(demoScreenReducer, initialDemoScreenState);
  useEffect(() => {
    if (!state.notice) return;
    const timer = setTimeout(() => dispatch({ type: 'notice' }), 4000);
    return () => clearTimeout(timer);
  }, [state.notice]);
  useEffect(() => {
    dispatch({ type: 'panelTop' });
    if (last?.event === 'failed') dispatch({ type: 'notice', notice: { kind: 'refused', target: refusedAt() } });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per event
  }, [last]);
  return [state, dispatch] as const;
}
