import { useLayoutEffect, useRef, useState } from 'react';
import { graphemes } from '../../core/graphemes.js';

/** What a one-line field holds: its text and where the cursor is, counted in graphemes. */
export interface TextFieldState {
  value: string;
  /** 0 is before the first grapheme; the grapheme count is after the last. */
  cursor: number;
}

export type TextFieldAction =
  | { type: 'insert'; text: string }
  | { type: 'delete-before' }
  | { type: 'delete-after' }
  | { type: 'delete-word-before' }
  | { type: 'move'; to: 'left' | 'right' | 'home' | 'end' }
  /** New text from outside the field; the cursor goes to its end. */
  | { type: 'set'; value: string };

/** Control characters (C0, DEL, C1) never belong in a one-line field. */
const controls = /\p{Cc}/gu;

/** The field holding `value` with the cursor after its last grapheme. */
export function atEnd(value: string): TextFieldState {
  return { value, cursor: graphemes(value).length };
}

/** The field's text with graphemes `from` to `to` replaced by `text`, the cursor after `text`. */
function splice(parts: readonly string[], from: number, to: number, text: string): TextFieldState {
  const before = parts.slice(0, from).join('') + text;
  const value = before + parts.slice(to).join('');
  // A combining mark typed after a letter joins it: count again rather than add.
  return { value, cursor: Math.min(graphemes(before).length, graphemes(value).length) };
}

/** Where the word before the cursor starts: spaces first, then everything up to the next space. */
function wordStart(parts: readonly string[], cursor: number): number {
  let start = cursor;
  while (start > 0 && /^\s+$/u.test(parts[start - 1]!)) start--;
  while (start > 0 && !/^\s+$/u.test(parts[start - 1]!)) start--;
  return start;
}

export function textFieldReducer(state: TextFieldState, action: TextFieldAction): TextFieldState {
  const parts = graphemes(state.value);
  const cursor = Math.max(0, Math.min(state.cursor, parts.length));
  switch (action.type) {
    case 'insert': {
      const text = action.text.replace(controls, '');
      return text === '' ? state : splice(parts, cursor, cursor, text);
    }
    case 'delete-before':
      return cursor === 0 ? state : splice(parts, cursor - 1, cursor, '');
    case 'delete-after':
      return cursor === parts.length ? state : splice(parts, cursor, cursor + 1, '');
    case 'delete-word-before':
      return cursor === 0 ? state : splice(parts, wordStart(parts, cursor), cursor, '');
    case 'move': {
      const to = { left: cursor - 1, right: cursor + 1, home: 0, end: parts.length }[action.to];
      return { ...state, cursor: Math.max(0, Math.min(to, parts.length)) };
    }
    case 'set':
      return atEnd(action.value);
  }
}

/** The field's state, and a way to change it that later keys of the same burst already see. */
export interface TextFieldStore {
  state: TextFieldState;
  /** The newest state, including keys applied since the last render. */
  read: () => TextFieldState;
  /** Applies one action to the newest state (even before React re-renders) and returns the result. */
  apply: (action: TextFieldAction) => TextFieldState;
}

/**
 * A controlled field's state: the text is the `value` its owner passes in, the cursor is the
 * field's own. When the owner changes the text (a flipped bit, a chosen interface), the cursor
 * goes to its end.
 */
export default function useTextFieldState(value: string): TextFieldStore {
  const [own, setOwn] = useState(() => atEnd(value));
  const state = own.value === value ? own : atEnd(value);
  // Keys of one burst arrive before React re-renders: each must see the one before it.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const apply = (action: TextFieldAction) => {
    latest.current = textFieldReducer(latest.current, action);
    setOwn(latest.current);
    return latest.current;
  };
  return { state, read: () => latest.current, apply };
}
