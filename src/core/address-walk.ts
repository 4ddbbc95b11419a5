import { InputError } from './input-error.js';
import { familyBits, parseAnyNetwork, parseRange, type Family } from './ip-range.js';

/** The addresses `netlearn hosts` walks: from `first` to `last`, every `step`th. */
export interface AddressWalk {
  family: Family;
  first: bigint;
  last: bigint;
  step: bigint;
}

/** `--step N`: a whole number from 1. */
export function parseStep(text: string | undefined): bigint {
  if (text === undefined) return 1n;
  const trimmed = text.trim();
  if (!/^[1-9][0-9]*$/.test(trimmed)) throw new InputError('hosts-step-invalid', { part: text });
  return BigInt(trimmed);
}

/**
 * A network's usable hosts as Python's `hosts()` counts them: IPv4 leaves out the network and
 * broadcast addresses (not on a /31 or /32); IPv6 leaves out only the network's own address, the
 * Subnet-Router anycast (not on a /127 or /128). With `all`, every address of the block.
 */
export function networkWalk(cidr: string, all: boolean, step: bigint): AddressWalk {
  const block = parseAnyNetwork(cidr);
  const hostBits = familyBits(block.family) - block.prefix;
  const last = block.value + (1n << BigInt(hostBits)) - 1n;
  if (all || hostBits <= 1) return { family: block.family, first: block.value, last, step };
  const lastHost = block.family === 'IPv4' ? last - 1n : last;
  return { family: block.family, first: block.value + 1n, last: lastHost, step };
}

/** `hosts FIRST LAST`: every address between them, both included. */
export function rangeWalk(firstText: string, lastText: string, step: bigint): AddressWalk {
  const { family, first, last } = parseRange(firstText, lastText);
  return { family, first, last, step };
}

/** How many addresses the walk yields. */
export function walkCount({ first, last, step }: AddressWalk): bigint {
  return (last - first) / step + 1n;
}

/** The walk's addresses in order; nothing is held, so a /64 streams as far as the reader reads. */
export function* walkAddresses({ first, last, step }: AddressWalk): Generator<bigint> {
  for (let value = first; value <= last; value += step) yield value;
}
