import { InputError } from './input-error.js';
import { formatIPv4, octetText } from './ipv4.js';
import { addressCount, broadcastOf, firstHostOf, formatCidr, hostCount, lastHostOf, type Network } from './subnet.js';

/** An equal split of a network: `count` subnets of `prefix`, row i computed from i alone. */
export interface SplitPlan {
  network: number;
  /** The prefix of the network being split. */
  parentPrefix: number;
  /** The prefix of each subnet. */
  prefix: number;
  /** How many subnets: 2^(prefix - parentPrefix). */
  count: number;
  /** What was asked for when the split was given as a count (`--split 5`), else undefined. */
  requested?: number;
}

/** One subnet as `--json` lists it. */
export interface SubnetRow {
  cidr: string;
  network: string;
  broadcast: string;
  firstHost: string;
  lastHost: string;
  hosts: number;
}

/**
 * Reads `--split`: `/P` for every subnet of prefix P, or `N` for the smallest equal split into at
 * least N subnets.
 */
export function parseSplit(text: string, { network, prefix: parentPrefix }: Network): SplitPlan {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '/') throw new InputError('subnet-split-missing', {});
  if (trimmed.startsWith('/')) {
    const digits = trimmed.slice(1);
    if (/^-\d+$/.test(digits))
      throw new InputError('subnet-split-prefix-range', { part: trimmed, prefix: parentPrefix });
    if (!/^(0|[1-9][0-9]*)$/.test(digits)) throw new InputError('subnet-split-not-number', { part: trimmed });
    const prefix = Number(digits);
    if (prefix > 32) throw new InputError('subnet-split-prefix-range', { part: trimmed, prefix: parentPrefix });
    if (prefix < parentPrefix)
      throw new InputError('subnet-split-prefix-short', { part: trimmed, prefix: parentPrefix });
    return { network, parentPrefix, prefix, count: 2 ** (prefix - parentPrefix) };
  }
  if (/^-\d+$/.test(trimmed)) throw new InputError('subnet-split-zero', { part: trimmed });
  if (!/^[0-9]+$/.test(trimmed)) throw new InputError('subnet-split-not-number', { part: trimmed });
  const requested = Number(trimmed);
  if (requested === 0) throw new InputError('subnet-split-zero', { part: trimmed });
  const extraBits = requested <= 1 ? 0 : Math.ceil(Math.log2(requested));
  // Math.log2 can round a power of two just above a whole number: check both neighbours.
  const bits = 2 ** (extraBits - 1) >= requested ? extraBits - 1 : extraBits;
  const prefix = parentPrefix + bits;
  if (prefix > 32) {
    throw new InputError('subnet-split-too-many', {
      part: trimmed,
      max: addressCount(parentPrefix),
      prefix: parentPrefix,
    });
  }
  return { network, parentPrefix, prefix, count: 2 ** bits, requested };
}

/** The network address of row i of a split. */
function splitNetworkAt(plan: SplitPlan, index: number): number {
  return (plan.network + index * addressCount(plan.prefix)) >>> 0;
}

/** Row i of a split, computed from i: a million-row split never builds its rows. */
export function splitRowAt(plan: SplitPlan, index: number): SubnetRow {
  return subnetRow(splitNetworkAt(plan, index), plan.prefix);
}

export function subnetRow(network: number, prefix: number): SubnetRow {
  return {
    cidr: formatCidr(network, prefix),
    network: formatIPv4(network),
    broadcast: formatIPv4(broadcastOf(network, prefix)),
    firstHost: formatIPv4(firstHostOf(network, prefix)),
    lastHost: formatIPv4(lastHostOf(network, prefix)),
    hosts: hostCount(prefix),
  };
}

/** Rows per chunk: a chunk is one string of many lines, so the writer makes few, large writes. */
const linesPerChunk = 2048;

/**
 * The split's CIDRs, one per line, yielded as chunks of many lines joined by newlines (without a
 * final one). Constant memory: each chunk is built, handed over and dropped.
 */
export function* splitCidrChunks(plan: SplitPlan): Generator<string> {
  const step = addressCount(plan.prefix);
  const suffix = `/${plan.prefix}`;
  let chunk: string[] = [];
  for (let i = 0; i < plan.count; i++) {
    const n = (plan.network + i * step) >>> 0;
    chunk.push(
      octetText[n >>> 24] +
        '.' +
        octetText[(n >>> 16) & 255] +
        '.' +
        octetText[(n >>> 8) & 255] +
        '.' +
        octetText[n & 255] +
        suffix,
    );
    if (chunk.length === linesPerChunk) {
      yield chunk.join('\n');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('\n');
}

/** The split's rows, lazily, in order. */
export function* splitRows(plan: SplitPlan): Generator<SubnetRow> {
  for (let i = 0; i < plan.count; i++) yield splitRowAt(plan, i);
}
