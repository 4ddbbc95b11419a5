import { useReducer } from 'react';
import { isInputError, type InputError } from '../../core/input-error.js';
import { formatBlock } from '../../core/ip-range.js';
import { formatIPv4, parseIPv4 } from '../../core/ipv4.js';
import { blockRecord, excludeBlock, supernetOf } from '../../core/network-steps.js';
import { parseSplit, splitRowAt, type SplitPlan } from '../../core/subnet-split.js';
import { parseCidr, subnetModelOf, type AddressInNetwork, type SubnetModel } from '../../core/subnet.js';
import { formatIPv6 } from '../../core/ipv6.js';
import { looksLikeIPv6 } from '../../core/ipv6-model.js';
import { parseSplit6, type Split6Plan } from '../../core/subnet6-split.js';
import { parseCidr6, subnet6ModelOf, type Ipv6InNetwork, type Subnet6Model } from '../../core/subnet6.js';

export interface SubnetState {
  text: string;
  /** Where the keys go: the text field, or exploring (boundary, split size, list). */
  focus: 'field' | 'explore';
  /** How many bits the split list adds to the network's prefix. */
  splitBits: number;
  /** The first row of the split list on screen. */
  offset: number;
  /** The split row taken out of the network (x), when one is: the list then shows what is left. */
  excluded?: number;
}

export type SubnetAction =
  | { type: 'type'; text: string }
  | { type: 'replace'; text: string }
  | { type: 'focus'; focus: SubnetState['focus'] }
  | { type: 'move-boundary'; by: number }
  | { type: 'supernet' }
  | { type: 'exclude' }
  | { type: 'split-size'; by: number }
  | { type: 'scroll'; by: number; visible: number };

export interface SubnetView {
  family: 'IPv4';
  parsed: AddressInNetwork;
  model: SubnetModel;
  plan: SplitPlan;
}

/** The same for an IPv6 network: 128 bits, a split counted in BigInt. */
export interface Subnet6View {
  family: 'IPv6';
  parsed: Ipv6InNetwork;
  model: Subnet6Model;
  plan: Split6Plan;
}

/** Rows a list can scroll to: an IPv6 split may have 2^128, a screen index stays a safe number. */
export function scrollableRows(view: SubnetView | Subnet6View): number {
  if (view.family === 'IPv4') return view.plan.count;
  return view.plan.count > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(view.plan.count);
}

const bitsOf = (view: SubnetView | Subnet6View) => (view.family === 'IPv4' ? 32 : 128);

/** The model and split for the current text, or the input error that explains why there is none. */
export function subnetView(
  state: Pick<SubnetState, 'text' | 'splitBits'>,
): { view: SubnetView | Subnet6View; error?: undefined } | { view?: undefined; error: InputError } {
  try {
    if (looksLikeIPv6(state.text)) {
      const parsed = parseCidr6(state.text);
      const plan = parseSplit6(`/${Math.min(128, parsed.prefix + state.splitBits)}`, parsed);
      return { view: { family: 'IPv6', parsed, model: subnet6ModelOf(state.text, parsed), plan } };
    }
    const parsed = parseCidr(state.text);
    const splitPrefix = Math.min(32, parsed.prefix + state.splitBits);
    const plan = parseSplit(`/${splitPrefix}`, parsed);
    return { view: { family: 'IPv4', parsed, model: subnetModelOf(state.text, parsed), plan } };
  } catch (error) {
    if (isInputError(error)) return { error };
    throw error;
  }
}

/** The network without split row `row`: the header's words and the blocks left, largest first. */
export function excludedView(view: SubnetView, row: number) {
  const { network, prefix } = view.parsed;
  const taken = splitRowAt(view.plan, Math.min(row, view.plan.count - 1));
  const inner = { family: 'IPv4' as const, value: BigInt(parseIPv4(taken.network)), prefix: view.plan.prefix };
  const blocks = [...excludeBlock({ family: 'IPv4', value: BigInt(network), prefix }, inner)].map(blockRecord);
  return {
    header: {
      cidr: formatBlock({ family: 'IPv4', value: BigInt(network), prefix }),
      excluded: taken.cidr,
      count: blocks.length,
    },
    blocks,
  };
}

/** Keeps the first visible row inside the list. */
function clampOffset(offset: number, count: number, visible: number): number {
  return Math.max(0, Math.min(offset, count - Math.max(1, visible)));
}

function subnetReducer(state: SubnetState, action: SubnetAction): SubnetState {
  switch (action.type) {
    case 'type':
    case 'replace':
      return { ...state, text: action.text, offset: 0, excluded: undefined };
    case 'focus':
      return { ...state, focus: action.focus };
    case 'move-boundary': {
      const { view } = subnetView(state);
      if (!view) return state;
      const prefix = Math.max(0, Math.min(bitsOf(view), view.parsed.prefix + action.by));
      if (prefix === view.parsed.prefix) return state;
      const address = view.family === 'IPv4' ? formatIPv4(view.parsed.address) : formatIPv6(view.parsed.address);
      return { ...state, text: `${address}/${prefix}`, offset: 0, excluded: undefined };
    }
    case 'supernet': {
      // The network one bit shorter that holds this one, written as its own network address.
      const { view } = subnetView(state);
      if (!view || view.parsed.prefix === 0) return state;
      const { family, parsed } = view;
      const block = { family, value: BigInt(parsed.network), prefix: parsed.prefix };
      return {
        ...state,
        text: formatBlock(supernetOf(block, parsed.prefix - 1).block),
        offset: 0,
        excluded: undefined,
      };
    }
    case 'exclude':
      // x takes out the split row at the top of the list; pressed again, the split comes back.
      return { ...state, excluded: state.excluded === undefined ? state.offset : undefined };
    case 'split-size': {
      const { view } = subnetView(state);
      if (!view) return state;
      const room = bitsOf(view) - view.parsed.prefix;
      const splitBits = Math.max(0, Math.min(room, Math.min(state.splitBits, room) + action.by));
      return { ...state, splitBits, offset: 0, excluded: undefined };
    }
    case 'scroll': {
      const { view } = subnetView(state);
      if (!view) return state;
      return { ...state, offset: clampOffset(state.offset + action.by, scrollableRows(view), action.visible) };
    }
  }
}

export default function useSubnetState(initialText: string) {
  return useReducer(subnetReducer, { text: initialText, focus: 'field', splitBits: 2, offset: 0 });
}
