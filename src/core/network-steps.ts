import { InputError } from './input-error.js';
import { familyBits, formatAddress, formatBlock, type Block } from './ip-range.js';

/**
 * Steps from one network to its neighbours on the number line: the larger block holding it
 * (supernet), what is left of it when a smaller one is taken out (exclude), and the blocks of the
 * same size that follow it (next). Both families, in BigInt.
 */

const sizeOf = (block: Block): bigint => 1n << BigInt(familyBits(block.family) - block.prefix);

/** The network bits the shorter prefix no longer counts, as written in the address. */
export interface Supernet {
  block: Block;
  /** The bits between the new and the old prefix, most significant first ('' when they are equal). */
  droppedBits: string;
}

/** A prefix typed for --supernet: `/22`, `22`, or nothing for one bit shorter. */
export function parseSupernetPrefix(text: string | undefined, of: Block): number {
  if (text === undefined || text.trim() === '' || text.trim() === '/') {
    if (of.prefix === 0) throw new InputError('supernet-prefix-range', { part: '/0', prefix: of.prefix });
    return of.prefix - 1;
  }
  const trimmed = text.trim();
  const digits = trimmed.startsWith('/') ? trimmed.slice(1) : trimmed;
  if (!/^(0|[1-9][0-9]*)$/.test(digits)) throw new InputError('supernet-prefix-not-number', { part: trimmed });
  const prefix = Number(digits);
  if (prefix > of.prefix) throw new InputError('supernet-prefix-range', { part: trimmed, prefix: of.prefix });
  return prefix;
}

/** The block of prefix `prefix` that holds `of` (Python's `supernet(new_prefix=...)`). */
export function supernetOf(of: Block, prefix: number): Supernet {
  const bits = familyBits(of.family);
  const hostBits = BigInt(bits - prefix);
  const value = (of.value >> hostBits) << hostBits;
  const dropped = of.prefix - prefix;
  const droppedBits =
    dropped === 0
      ? ''
      : ((of.value >> BigInt(bits - of.prefix)) & ((1n << BigInt(dropped)) - 1n)).toString(2).padStart(dropped, '0');
  return { block: { family: of.family, value, prefix }, droppedBits };
}

/**
 * What is left of `outer` once `inner` is taken out, in the fewest blocks: at each level the half
 * that does not hold `inner`, largest first (the order of Python's `address_exclude`).
 */
export function* excludeBlock(outer: Block, inner: Block): Generator<Block> {
  if (outer.family !== inner.family) throw new InputError('ip-family-mix', { part: formatBlock(inner) });
  const shift = BigInt(familyBits(outer.family) - outer.prefix);
  if (inner.prefix < outer.prefix || inner.value >> shift !== outer.value >> shift)
    throw new InputError('exclude-outside', { part: formatBlock(inner), cidr: formatBlock(outer) });
  const bits = familyBits(outer.family);
  for (let prefix = outer.prefix + 1; prefix <= inner.prefix; prefix++) {
    const hostBits = BigInt(bits - prefix);
    // The sibling at this level: inner's path with the bit at `prefix` flipped.
    const path = (inner.value >> hostBits) ^ 1n;
    yield { family: outer.family, value: path << hostBits, prefix };
  }
}

/** How many blocks `--next N` may ask for: a count the user typed, from 1. */
export function parseNextCount(text: string): bigint {
  const trimmed = text.trim();
  if (!/^[1-9][0-9]*$/.test(trimmed)) throw new InputError('next-count-invalid', { part: text });
  return BigInt(trimmed);
}

/** Up to `count` blocks of the same size right after `of`; fewer when the address space ends. */
export function* nextBlocks(of: Block, count: bigint): Generator<Block> {
  const size = sizeOf(of);
  const end = 1n << BigInt(familyBits(of.family));
  let value = of.value + size;
  for (let i = 0n; i < count && value < end; i++, value += size) yield { family: of.family, value, prefix: of.prefix };
}

/** How many blocks of `of`'s size follow it before the address space ends. */
export function blocksAfter(of: Block): bigint {
  return ((1n << BigInt(familyBits(of.family))) - of.value) / sizeOf(of) - 1n;
}

/** A block as one `--json` record (range, exclude, next): IPv6 counts as strings, JSON can't hold them. */
export interface BlockRecord {
  cidr: string;
  family: Block['family'];
  first: string;
  last: string;
  addresses: number | string;
}

export function blockRecord(block: Block): BlockRecord {
  const size = sizeOf(block);
  return {
    cidr: formatBlock(block),
    family: block.family,
    first: formatAddress(block.family, block.value),
    last: formatAddress(block.family, block.value + size - 1n),
    addresses: block.family === 'IPv4' ? Number(size) : size.toString(),
  };
}
