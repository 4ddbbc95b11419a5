import { InputError, type InputErrorCode } from './input-error.js';

/**
 * IPv4 addresses as unsigned 32-bit numbers. JavaScript's bit operators yield signed 32-bit
 * results and `1 << 32 === 1`, so every result goes through `>>> 0` and powers use `2 ** n`.
 */

/** Where a parsed address came from, when an error should say "in the mask". */
export type AddressField = 'address' | 'mask';

/** The decimal text of every octet value, so formatting never calls toString in a hot loop. */
export const octetText: readonly string[] = Array.from({ length: 256 }, (_, i) => String(i));

/** The 8 bits of every octet value. */
export const octetBits: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(2).padStart(8, '0'));

/** Place values of the bits of one octet, most significant first. */
export const placeValues: readonly number[] = [128, 64, 32, 16, 8, 4, 2, 1];

/** `128 + 64` for 192: the place values that are switched on. */
export function octetSum(octet: number): string {
  const terms = placeValues.filter((value) => (octet & value) !== 0);
  return terms.length === 0 ? '0' : terms.join(' + ');
}

const binaryDigits = /^[01]+$/;
const asciiDigits = /^[0-9]+$/;
const anyDigit = /\p{Nd}/u;

function fail(code: InputErrorCode, details: Record<string, string | number | undefined>, field: AddressField): never {
  throw new InputError(code, field === 'mask' ? { ...details, field } : details);
}

/** 32 bits written as one run of 0 and 1, or as four dotted groups of eight. */
function parseBits(text: string, field: AddressField): number | undefined {
  if (binaryDigits.test(text)) {
    if (text.length === 32) return Number.parseInt(text, 2) >>> 0;
    if (text.length > 8) fail('ip-bits-length', { part: text, count: text.length }, field);
    return undefined;
  }
  const groups = text.split('.');
  if (groups.length !== 4 || !groups.every((group) => binaryDigits.test(group))) return undefined;
  if (!groups.some((group) => group.length === 8)) return undefined;
  const wrong = groups.findIndex((group) => group.length !== 8);
  if (wrong !== -1)
    fail('ip-bits-group-length', { part: groups[wrong], index: wrong, count: groups[wrong]!.length }, field);
  return Number.parseInt(groups.join(''), 2) >>> 0;
}

/** One decimal octet, with the reason it is wrong when it is. */
function parseOctet(part: string, index: number, offset: number, isLast: boolean, field: AddressField): number {
  if (part === '') fail('ip-octet-empty', { index }, field);
  if (!asciiDigits.test(part)) {
    const chars = [...part];
    const leadingDigits = /^[0-9]*/.exec(part)![0];
    const badAt = chars.findIndex((char) => !/[0-9]/.test(char));
    const bad = chars[badAt]!;
    const position = offset + leadingDigits.length;
    if (anyDigit.test(bad)) fail('ip-octet-non-ascii-digit', { part, index, char: bad, position }, field);
    // "1.2.3.4/24" or "1.2.3.4 x": a whole address followed by something else.
    if (isLast && leadingDigits !== '' && Number(leadingDigits) <= 255 && !/^0\d/.test(leadingDigits)) {
      fail('ip-trailing', { part: part.slice(leadingDigits.length), index: position }, field);
    }
    fail('ip-octet-char', { part, index, char: bad, position }, field);
  }
  if (part.length > 1 && part.startsWith('0')) {
    const octal = /^[0-7]+$/.test(part) ? Number.parseInt(part, 8) : undefined;
    fail('ip-octet-leading-zero', { part, index, octal, decimal: Number(part) }, field);
  }
  const value = Number(part);
  if (value > 255) fail('ip-octet-range', { part, index }, field);
  return value;
}

/**
 * Reads an IPv4 address as dotted decimal (`192.168.1.10`), 32 bits, or dotted bits. Surrounding
 * spaces are trimmed; nothing else is guessed. Throws InputError naming the wrong part.
 */
export function parseIPv4(text: string, field: AddressField = 'address'): number {
  const trimmed = text.trim();
  if (trimmed === '') fail('ip-empty', {}, field);
  const bits = parseBits(trimmed, field);
  if (bits !== undefined) return bits;
  const parts = trimmed.split('.');
  if (parts.length !== 4) {
    // A single word with no dot at all: say which character is not a digit before counting parts.
    fail('ip-parts', { part: trimmed, count: parts.length }, field);
  }
  let value = 0;
  let offset = 0;
  for (let index = 0; index < 4; index++) {
    const part = parts[index]!;
    value = value * 256 + parseOctet(part, index, offset, index === 3, field);
    offset += part.length + 1;
  }
  return value;
}

/** Dotted decimal text of an unsigned 32-bit address. */
export function formatIPv4(n: number): string {
  return `${octetText[n >>> 24]}.${octetText[(n >>> 16) & 255]}.${octetText[(n >>> 8) & 255]}.${octetText[n & 255]}`;
}

/** The four octets, most significant first. */
export function ipv4Octets(n: number): [number, number, number, number] {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

/** The 32 bits, dotted between octets: `11000000.10101000.00000001.00001010`. */
export function ipv4Binary(n: number): string {
  return ipv4Octets(n)
    .map((octet) => octetBits[octet])
    .join('.');
}

/**
 * The bits from `from` to `to` (0 = most significant), with a dot wherever an octet boundary falls
 * strictly inside the range: `bitRange(n, 0, 24)` is the network part of a /24 without a trailing dot.
 */
export function bitRange(n: number, from: number, to: number): string {
  const all = octetBits[n >>> 24]! + octetBits[(n >>> 16) & 255]! + octetBits[(n >>> 8) & 255]! + octetBits[n & 255]!;
  let out = '';
  for (let i = from; i < to; i++) {
    if (i > from && i % 8 === 0) out += '.';
    out += all[i];
  }
  return out;
}

/** The mask with `prefix` leading ones. */
export function prefixToMask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** The prefix length of a contiguous mask, or undefined when its ones and zeros interleave. */
export function maskToPrefix(mask: number): number | undefined {
  const inverted = ~mask >>> 0;
  // Contiguous exactly when the wildcard is 2^k - 1.
  if ((inverted & (inverted + 1)) !== 0 && inverted !== 0xffffffff) return undefined;
  return 32 - Math.log2(inverted + 1);
}

export type Scope =
  | 'unspecified'
  | 'broadcast'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'documentation'
  | 'multicast'
  | 'reserved'
  | 'public';

/** A special-purpose block: its scope, range and the RFC that sets it apart. */
export interface ScopeBlock {
  scope: Scope;
  cidr: string;
  rfc: string;
}

const scopeBlocks: readonly (ScopeBlock & { base: number; prefix: number })[] = [
  ['unspecified', '0.0.0.0', 32, 'RFC 1122'],
  ['broadcast', '255.255.255.255', 32, 'RFC 919'],
  ['reserved', '0.0.0.0', 8, 'RFC 1122'],
  ['private', '10.0.0.0', 8, 'RFC 1918'],
  ['shared', '100.64.0.0', 10, 'RFC 6598'],
  ['loopback', '127.0.0.0', 8, 'RFC 1122'],
  ['link-local', '169.254.0.0', 16, 'RFC 3927'],
  ['private', '172.16.0.0', 12, 'RFC 1918'],
  ['reserved', '192.0.0.0', 24, 'RFC 6890'],
  ['documentation', '192.0.2.0', 24, 'RFC 5737'],
  ['private', '192.168.0.0', 16, 'RFC 1918'],
  ['reserved', '198.18.0.0', 15, 'RFC 2544'],
  ['documentation', '198.51.100.0', 24, 'RFC 5737'],
  ['documentation', '203.0.113.0', 24, 'RFC 5737'],
  ['multicast', '224.0.0.0', 4, 'RFC 5771'],
  ['reserved', '240.0.0.0', 4, 'RFC 1112'],
].map(([scope, base, prefix, rfc]) => ({
  scope: scope as Scope,
  cidr: `${base}/${prefix}`,
  rfc: rfc as string,
  base: parseIPv4(base as string),
  prefix: prefix as number,
}));

/** The special-purpose block an address falls in (the most specific one), if any. */
export function ipv4ScopeBlock(n: number): ScopeBlock | undefined {
  for (const block of scopeBlocks) {
    if ((n & prefixToMask(block.prefix)) >>> 0 === block.base)
      return { scope: block.scope, cidr: block.cidr, rfc: block.rfc };
  }
  return undefined;
}

/** What kind of address this is: private, loopback, ... or public when no special block holds it. */
export function ipv4Scope(n: number): Scope {
  return ipv4ScopeBlock(n)?.scope ?? 'public';
}

/** The historic class of an address, from its first bits (classful addressing ended in 1993, RFC 1519). */
export type Ipv4Class = 'A' | 'B' | 'C' | 'D' | 'E';

function ipv4Class(n: number): Ipv4Class {
  const first = n >>> 24;
  if (first < 128) return 'A';
  if (first < 192) return 'B';
  if (first < 224) return 'C';
  if (first < 240) return 'D';
  return 'E';
}

/** `10.1.168.192.in-addr.arpa`: the octets reversed, as reverse DNS looks the address up. */
function ipv4ReversePointer(n: number): string {
  return `${ipv4Octets(n).reverse().join('.')}.in-addr.arpa`;
}

/** The converter's model: every view of one address, as `netlearn ip --json` prints it. */
export interface IpModel {
  input: string;
  family: 'IPv4';
  address: string;
  octets: number[];
  octetsBinary: string[];
  binary: string;
  integer: number;
  hex: string;
  scope: Scope;
  reversePointer: string;
  class: Ipv4Class;
}

function ipModelOf(input: string, n: number): IpModel {
  const octets = ipv4Octets(n);
  return {
    input,
    family: 'IPv4',
    address: formatIPv4(n),
    octets,
    octetsBinary: octets.map((octet) => octetBits[octet]!),
    binary: ipv4Binary(n),
    integer: n,
    hex: `0x${n.toString(16).toUpperCase().padStart(8, '0')}`,
    scope: ipv4Scope(n),
    reversePointer: ipv4ReversePointer(n),
    class: ipv4Class(n),
  };
}

/**
 * An address as the converter takes it: everything parseIPv4 reads, plus one 32-bit integer
 * (`3232235786`, no leading zero) or hex with `0x` (`0xC0A8010A`).
 */
function parseIPv4Number(text: string): number {
  const trimmed = text.trim();
  const hex = /^0[xX]([0-9a-fA-F]+)$/.exec(trimmed);
  if (hex) {
    if (hex[1]!.replace(/^0+(?=.)/, '').length > 8) throw new InputError('ip-integer-range', { part: trimmed });
    return Number.parseInt(hex[1]!, 16);
  }
  if (/^(0|[1-9][0-9]*)$/.test(trimmed) && !/^[01]{32}$/.test(trimmed)) {
    if (trimmed.length > 10 || Number(trimmed) > 0xffffffff)
      throw new InputError('ip-integer-range', { part: trimmed });
    return Number(trimmed);
  }
  return parseIPv4(trimmed);
}

/** Parses the input and builds the converter's model; throws InputError for bad input. */
export function ipModel(input: string): IpModel {
  return ipModelOf(input, parseIPv4Number(input));
}
