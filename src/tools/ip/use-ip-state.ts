import { useReducer } from 'react';
import { isInputError, type InputError } from '../../core/input-error.js';
import { formatIPv4, ipModel, type IpModel } from '../../core/ipv4.js';

/** The last bit flipped in the bit view, to say what it changed. */
export interface Flip {
  /** Octet number, from 1. */
  octet: number;
  /** The bit's place value inside its octet (128 ... 1). */
  place: number;
  from: number;
  to: number;
  /** The bit's new value. */
  bit: 0 | 1;
}

export interface IpState {
  text: string;
  /** Where the keys go: the text field or the 32-bit view. */
  focus: 'field' | 'bits';
  /** The bit under the cursor, 0 = most significant. */
  cursor: number;
  flip?: Flip;
}

export type IpAction =
  | { type: 'type'; text: string }
  | { type: 'focus'; focus: IpState['focus'] }
  | { type: 'move'; by: number }
  | { type: 'flip' };

/** The converter's model for the current text, or the input error that explains why there is none. */
export function ipResult(
  text: string,
): { model: IpModel; error?: undefined } | { model?: undefined; error: InputError } {
  try {
    return { model: ipModel(text) };
  } catch (error) {
    if (isInputError(error)) return { error };
    throw error;
  }
}

function ipReducer(state: IpState, action: IpAction): IpState {
  switch (action.type) {
    case 'type':
      return { ...state, text: action.text, flip: undefined };
    case 'focus': {
      if (action.focus === 'bits' && !ipResult(state.text).model) return state;
      return { ...state, focus: action.focus, flip: undefined };
    }
    case 'move':
      return { ...state, cursor: (state.cursor + action.by + 32) % 32 };
    case 'flip': {
      const { model } = ipResult(state.text);
      if (!model) return state;
      const octetIndex = Math.floor(state.cursor / 8);
      const place = 2 ** (7 - (state.cursor % 8));
      const value = (model.integer ^ (2 ** (31 - state.cursor))) >>> 0;
      const from = model.octets[octetIndex]!;
      const to = from ^ place;
      return {
        ...state,
        text: formatIPv4(value),
        flip: { octet: octetIndex + 1, place, from, to, bit: (to & place) === 0 ? 0 : 1 },
      };
    }
  }
}

export default function useIpState(initialText: string) {
  return useReducer(ipReducer, { text: initialText, focus: 'field', cursor: 0 });
}
