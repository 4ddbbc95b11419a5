import { InputError } from './input-error.js';
import { formatIPv4, parseIPv4 } from './ipv4.js';
import { formatIPv6, parseIPv6 } from './ipv6.js';
import { parseCidr } from './subnet.js';
import { parseCidr6 } from './subnet6.js';

/**
 * Both families as one number line: a value with its width in bits (32 or 128). Range, aggregate
 * and contains work the same on either, in BigInt, with no 32-bit pitfalls.
 */
export type Family = 'IPv4' | 'IPv6';

export interface Block {
  family: Family;
  value: bigint;
  prefix: number;
}

export const familyBits = (family: Family): number => (family === 'IPv4' ? 32 : 128);

const sizeOf = (block: Block): bigint => 1n << BigInt(familyBits(block.family) - block.prefix);

export function formatAddress(family: Family, value: bigint): string {
  return family === 'IPv4' ? formatIPv4(Number(value)) : formatIPv6(value);
}

export function formatBlock(block: Block): string {
  return `${formatAddress(block.family, block.value)}/${block.prefix}`;
}

/** One address of either family (no zone: a zone names an interface, not a number). */
function parseAnyAddress(text: string): { family: Family; value: bigint } {
  if (text.includes(':')) return { family: 'IPv6', value: parseIPv6(text.split('%')[0]!).value };
  return { family: 'IPv4', value: BigInt(parseIPv4(text)) };
}

/** A network of either family; an address alone is its own /32 or /128. Host bits are cleared. */
export function parseAnyNetwork(text: string): Block {
  const trimmed = text.trim();
  const hasPrefix = trimmed.includes('/') || /\s/.test(trimmed);
  if (!hasPrefix) {
    const { family, value } = parseAnyAddress(trimmed);
    return { family, value, prefix: familyBits(family) };
  }
  if (trimmed.includes(':')) {
    const { network, prefix } = parseCidr6(trimmed);
    return { family: 'IPv6', value: network, prefix };
  }
  const { network, prefix } = parseCidr(trimmed);
  return { family: 'IPv4', value: BigInt(network), prefix };
}

/** True when `inner` lies wholly inside `outer` (same family). */
export function blockContains(outer: Block, inner: Block): boolean {
  if (outer.family !== inner.family || inner.prefix < outer.prefix) return false;
  const shift = BigInt(familyBits(outer.family) - outer.prefix);
  return inner.value >> shift === outer.value >> shift;
}

/**
 * The fewest CIDR blocks covering exactly first..last, in order: at each step the largest block
 * that starts at `first` (aligned) and does not pass `last`.
 */
export function* summarizeRange(family: Family, first: bigint, last: bigint): Generator<Block> {
  if (first > last) throw new InputError('range-reversed', { part: formatAddress(family, first) });
  const bits = familyBits(family);
  const end = last + 1n;
  let at = first;
  while (at < end) {
    // The block's size is bounded by how aligned `at` is (its trailing zeros) and by what is left.
    const aligned = at === 0n ? bits : (at & -at).toString(2).length - 1;
    const left = (end - at).toString(2).length - 1;
    const size = Math.min(aligned, left);
    yield { family, value: at, prefix: bits - size };
    at += 1n << BigInt(size);
  }
}

/** Reads `range <first> <last>`: two addresses of one family, the first not above the last. */
export function parseRange(firstText: string, lastText: string): { family: Family; first: bigint; last: bigint } {
  const first = parseAnyAddress(firstText);
  const last = parseAnyAddress(lastText);
  if (first.family !== last.family) throw new InputError('ip-family-mix', { part: lastText.trim() });
  if (first.value > last.value) throw new InputError('range-reversed', { part: firstText.trim() });
  return { family: first.family, first: first.value, last: last.value };
}

/** One merged block and the inputs it took in (other than an input equal to it). */
export interface AggregateRow {
  block: Block;
  absorbed: Block[];
}

const byStart = (a: Block, b: Block) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.prefix - b.prefix);

function collapseSorted(sorted: readonly Block[]): Block[] {
  const stack: Block[] = [];
  for (const block of sorted) {
    const top = stack[stack.length - 1];
    if (top && blockContains(top, block)) continue;
    stack.push(block);
    // Two halves of one parent become the parent, which may pair with the block below it.
    while (stack.length >= 2) {
      const b = stack[stack.length - 1]!;
      const a = stack[stack.length - 2]!;
      if (a.prefix !== b.prefix || a.prefix === 0) break;
      const size = sizeOf(a);
      if (a.value % (size * 2n) !== 0n || a.value + size !== b.value) break;
      stack.splice(-2, 2, { family: a.family, value: a.value, prefix: a.prefix - 1 });
    }
  }
  return stack;
}

/** Merges adjacent and overlapping networks into the fewest blocks: IPv4 first, then IPv6. */
export function aggregate(inputs: readonly Block[]): AggregateRow[] {
  if (inputs.length === 0) throw new InputError('aggregate-empty', {});
  const rows: AggregateRow[] = [];
  for (const family of ['IPv4', 'IPv6'] as const) {
    const sorted = inputs.filter((block) => block.family === family).sort(byStart);
    let next = 0;
    // Both lists are in address order, so each block's inputs are the next ones in line.
    for (const block of collapseSorted(sorted)) {
      const absorbed: Block[] = [];
      while (next < sorted.length && blockContains(block, sorted[next]!)) {
        const input = sorted[next++]!;
        if (input.prefix !== block.prefix || input.value !== block.value) absorbed.push(input);
      }
      rows.push({ block, absorbed });
    }
  }
  return rows;
}
