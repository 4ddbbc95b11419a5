import { useReducer } from 'react';
import { isInputError, type InputError } from '../../core/input-error.js';
import { formatIPv4 } from '../../core/ipv4.js';
import { parseSplit, type SplitPlan } from '../../core/subnet-split.js';
import { parseCidr, subnetModelOf, type AddressInNetwork, type SubnetModel } from '../../core/subnet.js';

export interface SubnetState {
  text: string;
  /** Where the keys go: the text field, or exploring (boundary, split size, list). */
  focus: 'field' | 'explore';
  /** How many bits the split list adds to the network's prefix. */
  splitBits: number;
  /** The first row of the split list on screen. */
  offset: number;
}

export type SubnetAction =
  | { type: 'type'; text: string }
  | { type: 'replace'; text: string }
  | { type: 'focus'; focus: SubnetState['focus'] }
  | { type: 'move-boundary'; by: number }
  | { type: 'split-size'; by: number }
  | { type: 'scroll'; by: number; visible: number };

export interface SubnetView {
  parsed: AddressInNetwork;
  model: SubnetModel;
  plan: SplitPlan;
}

/** The model and split for the current text, or the input error that explains why there is none. */
export function subnetView(
  state: Pick<SubnetState, 'text' | 'splitBits'>,
): { view: SubnetView; error?: undefined } | { view?: undefined; error: InputError } {
  try {
    const parsed = parseCidr(state.text);
    const splitPrefix = Math.min(32, parsed.prefix + state.splitBits);
    const plan = parseSplit(`/${splitPrefix}`, parsed);
    return { view: { parsed, model: subnetModelOf(state.text, parsed), plan } };
  } catch (error) {
    if (isInputError(error)) return { error };
    throw error;
  }
}

/** Keeps the first visible row inside the list. */
function clampOffset(offset: number, count: number, visible: number): number {
  return Math.max(0, Math.min(offset, count - Math.max(1, visible)));
}

function subnetReducer(state: SubnetState, action: SubnetAction): SubnetState {
  switch (action.type) {
    case 'type':
    case 'replace':
      return { ...state, text: action.text, offset: 0 };
    case 'focus':
      return { ...state, focus: action.focus };
    case 'move-boundary': {
      const { view } = subnetView(state);
      if (!view) return state;
      const prefix = Math.max(0, Math.min(32, view.parsed.prefix + action.by));
      if (prefix === view.parsed.prefix) return state;
      return { ...state, text: `${formatIPv4(view.parsed.address)}/${prefix}`, offset: 0 };
    }
    case 'split-size': {
      const { view } = subnetView(state);
      if (!view) return state;
      const splitBits = Math.max(
        0,
        Math.min(32 - view.parsed.prefix, Math.min(state.splitBits, 32 - view.parsed.prefix) + action.by),
      );
      return { ...state, splitBits, offset: 0 };
    }
    case 'scroll': {
      const { view } = subnetView(state);
      if (!view) return state;
      return { ...state, offset: clampOffset(state.offset + action.by, view.plan.count, action.visible) };
    }
  }
}

export default function useSubnetState(initialText: string) {
  return useReducer(subnetReducer, { text: initialText, focus: 'field', splitBits: 2, offset: 0 });
}
