import { InputError } from './input-error.js';
import { aggregate, familyBits, parseAnyNetwork, type Block } from './ip-range.js';

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

const hexValue = new Int8Array(256).fill(-1);
for (let c = 0; c < 16; c++) {
  hexValue[c.toString(16).charCodeAt(0)] = c;
  hexValue[c.toString(16).toUpperCase().charCodeAt(0)] = c;
}
const hextets = new Array<number>(8);

/**
 * An IPv6 address in bytes[from..to), or undefined: the rules of core/ipv6.ts (groups of 1 to 4
 * hex digits, one "::" standing for at least one group, an IPv4 tail last), read from bytes
 * without building a string or throwing, as most candidates in a log are times and hashes.
 */
function ipv6At(bytes: Uint8Array, from: number, to: number): bigint | undefined {
  let i = from;
  let count = 0;
  let gapAt = -1;
  if (to - from >= 2 && bytes[i] === 0x3a && bytes[i + 1] === 0x3a) {
    gapAt = 0;
    i += 2;
  }
  while (i < to) {
    const start = i;
    let value = 0;
    while (i < to && hexValue[bytes[i]!]! >= 0) value = value * 16 + hexValue[bytes[i++]!]!;
    if (i < to && bytes[i] === 0x2e) {
      const v4 = count <= 6 ? ipv4At(bytes, start, to) : -1;
      if (v4 < 0) return undefined;
      hextets[count++] = Math.floor(v4 / 65536);
      hextets[count++] = v4 % 65536;
      break;
    }
    if (i === start || i - start > 4 || count === 8) return undefined;
    hextets[count++] = value;
    if (i === to) break;
    // bytes[i] is a colon: one more group follows, or a second colon makes the gap.
    i++;
    if (i < to && bytes[i] === 0x3a) {
      if (gapAt !== -1) return undefined;
      gapAt = count;
      i++;
    } else if (i === to) return undefined;
  }
  if (gapAt === -1 ? count !== 8 : count > 7) return undefined;
  let value = 0n;
  for (let k = 0; k < 8; k++) {
    const at = gapAt === -1 || k < gapAt ? k : k - (8 - count);
    const group = gapAt !== -1 && k >= gapAt && k < gapAt + 8 - count ? 0 : hextets[at]!;
    value = (value << 16n) | BigInt(group);
  }
  return value;
}

/** The span an address takes in the text, its zone (`%eth0`) included. */
function zoneEnd(bytes: Uint8Array, at: number, end: number): number {
  if (at >= end || bytes[at] !== 0x25 || at + 1 >= end || !zoneByte[bytes[at + 1]!]) return at;
  let i = at + 1;
  while (i < end && zoneByte[bytes[i]!]) i++;
  return i;
}

/**
 * The candidate bytes[from..to) (a maximal run of hex digits, dots and colons ending before
 * `lineEnd`): true when it holds an address inside the filter; with `spans`, each one's offsets
 * (a zone included) are pushed to it.
 */
function candidateInside(
  bytes: Uint8Array,
  from: number,
  to: number,
  lineEnd: number,
  filter: CidrFilter,
  spans: number[] | undefined,
): boolean {
  let kinds = 0;
  let colons = 0;
  for (let i = from; i < to; i++) {
    const k = classOf[bytes[i]!]!;
    kinds |= k;
    if (k === 8) colons++;
  }
  // A candidate needs a digit, and a dot or a colon.
  if ((kinds & 2) === 0 || (kinds & 12) === 0) return false;
  const end = to;
  while (from < to && bytes[from] === 0x2e) from++;
  while (to > from && bytes[to - 1] === 0x2e) to--;
  if (colons >= 2) {
    const v6 = ipv6At(bytes, from, to);
    if (v6 !== undefined) {
      if (!inV6(filter, v6)) return false;
      spans?.push(from, zoneEnd(bytes, to, Math.max(end, lineEnd)));
      return true;
    }
  }
  if ((kinds & 4) === 0) return false;
  // Pieces between colons, each trimmed of dots, tried as IPv4.
  let found = false;
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
  return found;
}

/**
 * Where a candidate may be: a hex digit before a dot or colon, or "::". Every address has one, and
 * a native regex finds them far faster than a loop over each byte; linear, as nothing repeats.
 */
const hint = /[0-9A-Fa-f][.:]|::/g;

/** One line's verdict: its offsets (end excludes the newline), and the spans when asked for. */
export type LineVerdict = (start: number, end: number, inside: boolean, spans: readonly number[]) => void;

/**
 * Every line of bytes[0..end) (the last may lack its newline) with its verdict, in order. `text` is
 * the same bytes read as Latin-1 (one character a byte), for the regex. With `wantSpans`, every
 * address inside is found; without, a line stops being read at its first.
 */
export function scanLines(
  bytes: Uint8Array,
  text: string,
  end: number,
  filter: CidrFilter,
  wantSpans: boolean,
  onLine: LineVerdict,
): void {
  const spans: number[] = [];
  let lineStart = 0;
  let lineEnd = lineEndFrom(bytes, 0, end);
  let inside = false;
  hint.lastIndex = 0;
  while (lineStart < end) {
    const match = hint.exec(text);
    const at = match && match.index < end ? match.index : end;
    // Lines that end before the next hint are done.
    while (lineEnd < at && lineStart < end) {
      onLine(lineStart, lineEnd, inside, spans);
      inside = false;
      spans.length = 0;
      lineStart = lineEnd + 1;
      lineEnd = lineEndFrom(bytes, lineStart, end);
    }
    if (at === end) {
      if (lineStart < end) onLine(lineStart, lineEnd, inside, spans);
      return;
    }
    if (inside && !wantSpans) {
      hint.lastIndex = lineEnd + 1;
      continue;
    }
    let from = at;
    while (from > lineStart && classOf[bytes[from - 1]!]) from--;
    let to = at + 1;
    while (to < lineEnd && classOf[bytes[to]!]) to++;
    if (candidateInside(bytes, from, to, lineEnd, filter, wantSpans ? spans : undefined)) inside = true;
    hint.lastIndex = to;
  }
}

function lineEndFrom(bytes: Uint8Array, from: number, end: number): number {
  const at = bytes.indexOf(10, from);
  return at === -1 || at >= end ? end : at;
}

/** Latin-1 without Buffer: each byte one character, so offsets in the text are offsets in the bytes. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/**
 * True when bytes[start..end) (one line) holds an address inside the filter. With `spans`, every
 * such address's start and end offsets are pushed to it.
 */
export function lineHasAddressInside(
  bytes: Uint8Array,
  start: number,
  end: number,
  filter: CidrFilter,
  spans?: number[],
): boolean {
  const line = bytes.subarray(start, end);
  let inside = false;
  scanLines(line, latin1(line), line.length, filter, spans !== undefined, (_from, _to, found, lineSpans) => {
    inside ||= found;
    for (const offset of lineSpans) spans?.push(start + offset);
  });
  return inside;
}
