import { useReducer } from 'react';
import { isInputError, type InputError } from '../../core/input-error.js';
import { formatIPv4 } from '../../core/ipv4.js';
import { formatIPv6 } from '../../core/ipv6.js';
import { addressModel, type AddressModel, type Ipv6Model } from '../../core/ipv6-model.js';

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

/** The last bit flipped in an IPv6 address: which group and which hex digit it changed. */
export interface Flip6 {
  /** Group number (1-8), hex digit inside it (1-4), bit inside the address (1-128). */
  group: number;
  digit: number;
  bitNumber: number;
  fromGroup: string;
  toGroup: string;
  fromDigit: string;
  toDigit: string;
  bit: 0 | 1;
}

export interface IpState {
  text: string;
  /** Where the keys go: the text field or the 32-bit view. */
  focus: 'field' | 'bits';
  /** The bit under the cursor, 0 = most significant. */
  cursor: number;
  flip?: Flip;
  flip6?: Flip6;
}

export type IpAction =
  | { type: 'type'; text: string }
  | { type: 'focus'; focus: IpState['focus'] }
  | { type: 'move'; by: number }
  | { type: 'flip' };

/** The converter's model for the current text, or the input error that explains why there is none. */
export function ipResult(
  text: string,
): { model: AddressModel; error?: undefined } | { model?: undefined; error: InputError } {
  try {
    return { model: addressModel(text) };
  } catch (error) {
    if (isInputError(error)) return { error };
    throw error;
  }
}

function ipReducer(state: IpState, action: IpAction): IpState {
  switch (action.type) {
    case 'type':
      return { ...state, text: action.text, flip: undefined, flip6: undefined };
    case 'focus': {
      if (action.focus === 'bits' && !ipResult(state.text).model) return state;
      return { ...state, focus: action.focus, flip: undefined, flip6: undefined };
    }
    case 'move': {
      const bits = ipResult(state.text).model?.family === 'IPv6' ? 128 : 32;
      return { ...state, cursor: (((state.cursor + action.by) % bits) + bits) % bits };
    }
    case 'flip': {
      const { model } = ipResult(state.text);
      if (!model) return state;
      if (model.family === 'IPv6') return flip6(state, model);
      // The cursor may still sit past bit 32 after an IPv6 address was typed over.
      const cursor = state.cursor % 32;
      const octetIndex = Math.floor(cursor / 8);
      const place = 2 ** (7 - (cursor % 8));
      const value = (model.integer ^ (2 ** (31 - cursor))) >>> 0;
      const from = model.octets[octetIndex]!;
      const to = from ^ place;
      return {
        ...state,
        cursor,
        text: formatIPv4(value),
        flip: { octet: octetIndex + 1, place, from, to, bit: (to & place) === 0 ? 0 : 1 },
      };
    }
  }
}

/** Flips the bit under the cursor of an IPv6 address, keeping its zone. */
function flip6(state: IpState, model: Ipv6Model): IpState {
  const cursor = state.cursor % 128;
  const value = BigInt(model.integer) ^ (1n << BigInt(127 - cursor));
  const group = Math.floor(cursor / 16);
  const digit = Math.floor((cursor % 16) / 4);
  const fromGroup = model.hextets[group]!;
  const toGroup = value
    .toString(16)
    .padStart(32, '0')
    .slice(group * 4, group * 4 + 4);
  const text = formatIPv6(value) + (model.zone === null ? '' : `%${model.zone}`);
  const bit = ((value >> BigInt(127 - cursor)) & 1n) === 1n ? 1 : 0;
  return {
    ...state,
    cursor,
    text,
    flip: undefined,
    flip6: {
      group: group + 1,
      digit: digit + 1,
      bitNumber: cursor + 1,
      fromGroup,
      toGroup,
      fromDigit: fromGroup[digit]!,
      toDigit: toGroup[digit]!,
      bit,
    },
  };
}

export default function useIpState(initialText: string) {
  return useReducer(ipReducer, { text: initialText, focus: 'field', cursor: 0 });
}
