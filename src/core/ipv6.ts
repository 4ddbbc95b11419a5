import { InputError } from './input-error.js';
import { formatIPv4, parseIPv4 } from './ipv4.js';

/**
 * IPv6 addresses as one unsigned 128-bit BigInt, or as eight 16-bit groups (hextets) where a loop
 * over groups is cheaper than BigInt arithmetic (formatting, splitting).
 */

/** An address as written: its 128 bits and the zone after `%`, if any (`fe80::1%eth0`). */
export interface ParsedIPv6 {
  value: bigint;
  zone?: string;
}

export const ipv6Max = (1n << 128n) - 1n;

/** Lowercase hex of every 16-bit value, without leading zeros: formatting never calls toString. */
const hextetText: readonly string[] = Array.from({ length: 65536 }, (_, i) => i.toString(16));

const hexGroup = /^[0-9a-fA-F]+$/;

interface Group {
  text: string;
  /** Character offset of the group in the address (0-based). */
  position: number;
}

/** Splits `a:b:c` into groups with their offsets, starting at `offset`. */
function groupsOf(text: string, offset: number): Group[] {
  if (text === '') return [];
  const groups: Group[] = [];
  let position = offset;
  for (const part of text.split(':')) {
    groups.push({ text: part, position });
    position += part.length + 1;
  }
  return groups;
}

/** One group's 16 bits, or the reason it is wrong; `index` counts groups from 0 as written. */
function parseGroup({ text, position }: Group, index: number, address: string): number {
  if (text === '') throw new InputError('ip6-group-empty', { part: address, index, position });
  if (!hexGroup.test(text)) {
    const badAt = [...text].findIndex((char) => !/[0-9a-fA-F]/.test(char));
    const char = [...text][badAt]!;
    throw new InputError('ip6-group-char', { part: text, index, char, position: position + badAt });
  }
  if (text.length > 4) throw new InputError('ip6-group-long', { part: text, index, position, count: text.length });
  return Number.parseInt(text, 16);
}

/** The embedded IPv4 tail (`::ffff:192.168.1.10`) as two groups; it may only be the last group. */
function parseTail(group: Group, isLast: boolean): [number, number] {
  if (!isLast) throw new InputError('ip6-ipv4-misplaced', { part: group.text, position: group.position });
  const n = parseIPv4(group.text);
  return [n >>> 16, n & 0xffff];
}

/** Groups to 16-bit values, an IPv4 tail counting as two. */
function valuesOf(groups: Group[], firstIndex: number, tailAllowed: boolean, address: string): number[] {
  const values: number[] = [];
  groups.forEach((group, i) => {
    if (group.text.includes('.')) values.push(...parseTail(group, tailAllowed && i === groups.length - 1));
    else values.push(parseGroup(group, firstIndex + i, address));
  });
  return values;
}

/** The longest zone accepted: interface names are short (15 characters on Linux), indexes shorter. */
const maxZone = 64;

/**
 * A zone names an interface (`eth0`) or its number: a `/`, `:` or space in it means the prefix or
 * the address ran into it, and a control or invisible character is no interface of this machine.
 */
function checkZone(zone: string, start: number): void {
  if (zone.length > maxZone) throw new InputError('ip6-zone-long', { part: zone, max: maxZone });
  const wrong = /[/:\s\p{Cc}\p{Cf}\u2028\u2029]/u.exec(zone);
  if (wrong) throw new InputError('ip6-zone-char', { part: zone, char: wrong[0], position: start + wrong.index });
}

/**
 * Reads an IPv6 address in any written form: full, compressed (`::`), mixed with an IPv4 tail,
 * any case, with a zone after `%`. Throws InputError naming the wrong part and its position.
 */
export function parseIPv6(text: string): ParsedIPv6 {
  const trimmed = text.trim();
  if (trimmed === '') throw new InputError('ip-empty', {});
  let address = trimmed;
  let zone: string | undefined;
  const percent = trimmed.indexOf('%');
  if (percent !== -1) {
    zone = trimmed.slice(percent + 1);
    address = trimmed.slice(0, percent);
    if (zone === '') throw new InputError('ip6-zone-empty', { part: trimmed, position: percent });
    checkZone(zone, percent + 1);
  }
  const triple = address.indexOf(':::');
  if (triple !== -1) throw new InputError('ip6-colons', { part: address, position: triple });
  const gap = address.indexOf('::');
  let hextets: number[];
  if (gap === -1) {
    const groups = groupsOf(address, 0);
    const values = valuesOf(groups, 0, true, address);
    if (values.length !== 8)
      throw new InputError('ip6-group-count', { part: address, count: values.length, groups: groups.length });
    hextets = values;
  } else {
    const second = address.indexOf('::', gap + 2);
    if (second !== -1) throw new InputError('ip6-double-gap', { part: address, position: gap, index: second });
    const headGroups = groupsOf(address.slice(0, gap), 0);
    const tailGroups = groupsOf(address.slice(gap + 2), gap + 2);
    const head = valuesOf(headGroups, 0, false, address);
    const tail = valuesOf(tailGroups, headGroups.length, true, address);
    const written = head.length + tail.length;
    if (written > 7) throw new InputError('ip6-group-count-gap', { part: address, count: written });
    hextets = [...head, ...new Array<number>(8 - written).fill(0), ...tail];
  }
  const value = hextets.reduce((acc, h) => (acc << 16n) | BigInt(h), 0n);
  return zone === undefined ? { value } : { value, zone };
}

/** The eight 16-bit groups, most significant first. */
export function ipv6Hextets(value: bigint): number[] {
  const out = new Array<number>(8);
  for (let i = 7; i >= 0; i--) {
    out[i] = Number(value & 0xffffn);
    value >>= 16n;
  }
  return out;
}

/** The longest run of two or more zero groups (the first of equal runs), as RFC 5952 picks it. */
function longestZeroRun(h: readonly number[]): { start: number; length: number } | undefined {
  let bestStart = -1;
  let bestLength = 1;
  let start = -1;
  for (let i = 0; i <= 8; i++) {
    if (i < 8 && h[i] === 0) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      if (i - start > bestLength) {
        bestStart = start;
        bestLength = i - start;
      }
      start = -1;
    }
  }
  return bestStart === -1 ? undefined : { start: bestStart, length: bestLength };
}

/** True for ::ffff:0:0/96, which RFC 5952 section 5 writes with its IPv4 address dotted. */
function isMappedHextets(h: readonly number[]): boolean {
  return h[0] === 0 && h[1] === 0 && h[2] === 0 && h[3] === 0 && h[4] === 0 && h[5] === 0xffff;
}

/** RFC 5952 text of eight groups: lowercase, no leading zeros, the longest zero run as `::`. */
export function formatHextets(h: readonly number[]): string {
  if (isMappedHextets(h)) return `::ffff:${formatIPv4(((h[6]! << 16) | h[7]!) >>> 0)}`;
  const run = longestZeroRun(h);
  if (run === undefined) {
    let out = hextetText[h[0]!]!;
    for (let i = 1; i < 8; i++) out += ':' + hextetText[h[i]!];
    return out;
  }
  let out = '';
  for (let i = 0; i < run.start; i++) out += (i === 0 ? '' : ':') + hextetText[h[i]!];
  out += '::';
  for (let i = run.start + run.length; i < 8; i++) out += (i === run.start + run.length ? '' : ':') + hextetText[h[i]!];
  return out;
}

/** The canonical (RFC 5952) text of an address. */
export function formatIPv6(value: bigint): string {
  return formatHextets(ipv6Hextets(value));
}

/** All 32 hex digits, four per group: `2001:0db8:0000:...`. */
export function expandIPv6(value: bigint): string {
  return ipv6Hextets(value)
    .map((h) => h.toString(16).padStart(4, '0'))
    .join(':');
}

/** The mask with `prefix` leading ones out of 128. */
export function ipv6PrefixMask(prefix: number): bigint {
  return ipv6Max ^ ((1n << BigInt(128 - prefix)) - 1n);
}

/** `b.d.0.1.0.0.2.ip6.arpa` style: the 32 nibbles, least significant first. */
export function ipv6ReversePointer(value: bigint): string {
  const nibbles = value.toString(16).padStart(32, '0');
  return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
}

/** How RFC 5952 shortened the full form: each group without leading zeros, then the `::` run. */
export interface CompressionSteps {
  expanded: string;
  /** The groups with leading zeros dropped, still eight of them. */
  trimmed: string;
  /** The run of zero groups that became `::`, if any. */
  run?: { start: number; length: number };
  /** How many zero runs had that same length (more than one: the first wins). */
  tiedRuns: number;
  /** A lone zero group stays `0`: `::` never stands for a single group. */
  loneZero: boolean;
  /** An IPv4-mapped address keeps its last 32 bits dotted (RFC 5952 section 5). */
  mapped: boolean;
  canonical: string;
}

export function compressionSteps(value: bigint): CompressionSteps {
  const h = ipv6Hextets(value);
  const run = longestZeroRun(h);
  const runs: number[] = [];
  let current = 0;
  for (let i = 0; i <= 8; i++) {
    if (i < 8 && h[i] === 0) current++;
    else if (current > 0) {
      runs.push(current);
      current = 0;
    }
  }
  return {
    expanded: expandIPv6(value),
    trimmed: h.map((x) => hextetText[x]).join(':'),
    ...(run ? { run } : {}),
    tiedRuns: run ? runs.filter((length) => length === run.length).length : 0,
    loneZero: runs.includes(1) && (run === undefined || runs.filter((length) => length > 1).length === 0),
    mapped: isMappedHextets(h),
    canonical: formatHextets(h),
  };
}
