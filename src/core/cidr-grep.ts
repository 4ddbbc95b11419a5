import { InputError } from './input-error.js';
import { aggregate, familyBits, parseAnyNetwork, type Block } from './ip-range.js';
import { parseIPv6 } from './ipv6.js';

/**
 * `netlearn grep`: finds addresses in raw bytes of text and says whether any lies inside a list of
 * networks. It works on bytes so a log of any encoding passes through untouched, and it never
 * throws on a line: whatever is not an address is just text.
 *
 * A candidate is a run of hex digits, dots and colons, with dots trimmed from its ends. One with
 * two colons or more is tried as IPv6 first (`[::1]:80` and `fe80::1%eth0` end at the bracket and
 * at the `%`); otherwise, or when that fails, each piece between colons is tried as IPv4, so
 * `10.0.0.1:8080` and `ip:10.0.0.1` match. The Python reference in the tests reads text the same way.
 */

/** The networks to keep, merged, as sorted ranges of each family. */
export interface CidrFilter {
  /** IPv4 as first,last pairs of unsigned 32-bit numbers. */
  v4: Float64Array;
  v6: bigint[];
}

/** `10.0.0.0/8,192.168.0.0/16` (commas or spaces): the networks `grep` keeps. */
export function parseNetworkList(text: string): CidrFilter {
  const parts = text.split(/[\s,]+/).filter((part) => part !== '');
  if (parts.length === 0) throw new InputError('grep-networks-empty', {});
  const rows = aggregate(parts.map((part) => parseAnyNetwork(part)));
  const ranges = (family: Block['family']) =>
    rows
      .filter((row) => row.block.family === family)
      .flatMap(({ block }) => [block.value, block.value + (1n << BigInt(familyBits(family) - block.prefix)) - 1n]);
  return { v4: Float64Array.from(ranges('IPv4').map(Number)), v6: ranges('IPv6') };
}

/** Byte classes: 1 hex digit (2 for 0-9), 4 dot, 8 colon; 0 ends a candidate. */
const classOf = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++) classOf[c] = 3;
for (let c = 0x41; c <= 0x46; c++) classOf[c] = 1;
for (let c = 0x61; c <= 0x66; c++) classOf[c] = 1;
classOf[0x2e] = 4;
classOf[0x3a] = 8;

const zoneByte = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_.-]/.test(ch)) zoneByte[c] = 1;
}

function inV4(filter: CidrFilter, n: number): boolean {
  const ranges = filter.v4;
  for (let i = 0; i < ranges.length; i += 2) if (n >= ranges[i]! && n <= ranges[i + 1]!) return true;
  return false;
}

function inV6(filter: CidrFilter, value: bigint): boolean {
  const ranges = filter.v6;
  for (let i = 0; i < ranges.length; i += 2) if (value >= ranges[i]! && value <= ranges[i + 1]!) return true;
  return false;
}

/** Dotted decimal in bytes[from..to): four decimal octets, no leading zeros; -1 when it is not. */
function ipv4At(bytes: Uint8Array, from: number, to: number): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    if (c === 0x2e) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c >= 0x30 && c <= 0x39) {
      if (digits === 3 || (digits === 1 && octet === 0)) return -1;
      octet = octet * 10 + (c - 0x30);
      if (octet > 255) return -1;
      digits++;
    } else return -1;
  }
  if (digits === 0 || dots !== 3) return -1;
  return value * 256 + octet;
}

/** An IPv6 address in bytes[from..to), or undefined; cheap checks first, as most candidates are times. */
function ipv6At(bytes: Uint8Array, from: number, to: number, colons: number, dotted: boolean): bigint | undefined {
  let gap = false;
  for (let i = from; i + 1 < to; i++) if (bytes[i] === 0x3a && bytes[i + 1] === 0x3a) gap = true;
  if (!gap && colons !== 7 && !(colons === 6 && dotted)) return undefined;
  try {
    return parseIPv6(String.fromCharCode(...bytes.subarray(from, to))).value;
  } catch {
    return undefined;
  }
}

/** The span an address takes in the text, its zone (`%eth0`) included. */
function zoneEnd(bytes: Uint8Array, at: number, end: number): number {
  if (at >= end || bytes[at] !== 0x25 || at + 1 >= end || !zoneByte[bytes[at + 1]!]) return at;
  let i = at + 1;
  while (i < end && zoneByte[bytes[i]!]) i++;
  return i;
}

/**
 * True when bytes[start..end) (one line) holds an address inside the filter. With `spans`, every
 * such address's start and end offsets are pushed to it; without, it stops at the first.
 */
export function lineHasAddressInside(
  bytes: Uint8Array,
  start: number,
  end: number,
  filter: CidrFilter,
  spans?: number[],
): boolean {
  let found = false;
  let i = start;
  while (i < end) {
    let kinds = classOf[bytes[i]!]!;
    if (kinds === 0) {
      i++;
      continue;
    }
    let from = i;
    let colons = 0;
    while (i < end) {
      const k = classOf[bytes[i]!]!;
      if (k === 0) break;
      kinds |= k;
      if (k === 8) colons++;
      i++;
    }
    // A candidate needs a digit, and a dot or a colon.
    if ((kinds & 2) === 0 || (kinds & 12) === 0) continue;
    let to = i;
    while (from < to && bytes[from] === 0x2e) from++;
    while (to > from && bytes[to - 1] === 0x2e) to--;
    if (colons >= 2) {
      const v6 = ipv6At(bytes, from, to, colons, (kinds & 4) !== 0);
      if (v6 !== undefined) {
        if (inV6(filter, v6)) {
          found = true;
          if (!spans) return true;
          spans.push(from, zoneEnd(bytes, to, end));
        }
        continue;
      }
    }
    if ((kinds & 4) === 0) continue;
    // Pieces between colons, each trimmed of dots, tried as IPv4.
    let piece = from;
    for (let j = from; j <= to; j++) {
      if (j < to && bytes[j] !== 0x3a) continue;
      let a = piece;
      let b = j;
      while (a < b && bytes[a] === 0x2e) a++;
      while (b > a && bytes[b - 1] === 0x2e) b--;
      const v4 = b - a >= 7 ? ipv4At(bytes, a, b) : -1;
      if (v4 >= 0 && inV4(filter, v4)) {
        found = true;
        if (!spans) return true;
        spans.push(a, b);
      }
      piece = j + 1;
    }
  }
  return found;
}
