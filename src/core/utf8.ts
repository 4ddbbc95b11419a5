import { decodeLatin1, decodeMacRoman } from './mojibake.js';
import { byteText } from './byte-text.js';
import { eachGrapheme } from './graphemes.js';

/** One byte's bits, split into the UTF-8 marker (`110`, `10`, `0`...) and the bits of the code point. */
export interface ByteBits {
  byte: number;
  marker: string;
  payload: string;
}

export interface CodePointBytes {
  /** `U+00F1`; a lone surrogate keeps its own number though it is encoded as U+FFFD. */
  codePoint: string;
  bytes: number[];
  bits: ByteBits[];
}

/** A character as a person sees it (a grapheme cluster), with its code points and bytes. */
export interface Utf8Character {
  char: string;
  /** Byte offset of its first byte. */
  offset: number;
  codePoints: CodePointBytes[];
  bytes: number[];
}

/** Python's complaint when these bytes are decoded as ASCII, or null when they are all ASCII. */
export interface AsciiDecodeError {
  byte: number;
  position: number;
  message: string;
}

export interface Utf8Model {
  text: string;
  bytes: number[];
  hex: string;
  /** The first characters' rows (all of them unless `utf8Model` was given a row limit). */
  characters: Utf8Character[];
  characterCount: number;
  codePointCount: number;
  byteCount: number;
  mojibake: { latin1: string; macRoman: string };
  asciiError: AsciiDecodeError | null;
}

/** `U+00F1`, at least four hex digits, as Unicode writes them. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function hexByte(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}

/** UTF-8 bytes of one code point; a lone surrogate becomes U+FFFD, as Buffer and TextEncoder do. */
export function encodeCodePoint(codePoint: number): number[] {
  const cp = codePoint >= 0xd800 && codePoint <= 0xdfff ? 0xfffd : codePoint;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/** How many leading bits of a byte are UTF-8's marker: 0xxxxxxx, 10xxxxxx, 110xxxxx, 1110xxxx, 11110xxx. */
function markerLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte < 0xc0) return 2;
  if (byte < 0xe0) return 3;
  if (byte < 0xf0) return 4;
  return 5;
}

/** Bytes UTF-8 takes for one code point (a lone surrogate as U+FFFD: 3). */
function encodedLength(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Bytes as a plain array, sized once: Array.from grows its way there and, for a megabyte, leaves
 * three times the memory behind it.
 */
export function byteArray(bytes: ArrayLike<number>): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! & 0xff;
  return out;
}

/** `c3 b1`: every byte in hex. */
export function hexText(bytes: ArrayLike<number>): string {
  return byteText(bytes, hexByte, ' ');
}

export function byteBits(byte: number): ByteBits {
  const bits = byte.toString(2).padStart(8, '0');
  const length = markerLength(byte);
  return { byte, marker: bits.slice(0, length), payload: bits.slice(length) };
}

function asciiError(bytes: Uint8Array): AsciiDecodeError | null {
  const position = bytes.findIndex((byte) => byte >= 0x80);
  if (position === -1) return null;
  const byte = bytes[position]!;
  return {
    byte,
    position,
    message: `UnicodeDecodeError: 'ascii' codec can't decode byte 0x${hexByte(byte)} in position ${position}: ordinal not in range(128)`,
  };
}

/**
 * Everything the UTF-8 lab shows about a text: per character, its code points, bytes and bits.
 * Only the first `rowLimit` characters get their rows built (the rest are counted): 1 MiB of NULs
 * would otherwise be a million rows of objects, most of a gigabyte, for a table cut at 200 rows.
 */
export function utf8Model(text: string, rowLimit = Infinity): Utf8Model {
  const encoded = new TextEncoder().encode(text);
  const bytes = byteArray(encoded);
  const characters: Utf8Character[] = [];
  let characterCount = 0;
  let codePointCount = 0;
  let offset = 0;
  // Streamed: past the rows kept, a character only adds to the counts.
  for (const char of eachGrapheme(text)) {
    characterCount++;
    if (characters.length >= rowLimit) {
      for (const unit of char) {
        offset += encodedLength(unit.codePointAt(0)!);
        codePointCount++;
      }
      continue;
    }
    const start = offset;
    const codePoints: CodePointBytes[] = [];
    for (const unit of char) {
      const codePoint = unit.codePointAt(0)!;
      const encoded = encodeCodePoint(codePoint);
      codePoints.push({ codePoint: formatCodePoint(codePoint), bytes: encoded, bits: encoded.map(byteBits) });
      offset += encoded.length;
      codePointCount++;
    }
    characters.push({ char, offset: start, codePoints, bytes: bytes.slice(start, offset) });
  }
  return {
    text,
    bytes,
    hex: hexText(encoded),
    characters,
    characterCount,
    codePointCount,
    byteCount: bytes.length,
    mojibake: { latin1: decodeLatin1(encoded), macRoman: decodeMacRoman(encoded) },
    asciiError: asciiError(encoded),
  };
}

/** The stable `--json` shape (README). */
export function utf8Json(model: Utf8Model) {
  return {
    text: model.text,
    bytes: model.bytes,
    hex: model.hex,
    characters: model.characters.map((character) => ({
      char: character.char,
      codePoints: character.codePoints.map((entry) => entry.codePoint),
      bytes: character.bytes,
    })),
    ...(model.characterCount > model.characters.length
      ? { charactersOmitted: model.characterCount - model.characters.length }
      : {}),
    mojibake: model.mojibake,
  };
}

/**
 * Characters that would act on a terminal instead of showing: C0 and C1 controls, DEL, and the
 * bidirectional overrides that reorder what follows.
 */
const unsafe = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const unsafeAny = new RegExp(unsafe.source, 'u');

/** Text safe to print: each control character replaced by its code point in angle brackets, e.g. <U+0007>. */
export function escapeControls(text: string): string {
  return text.replace(unsafe, (char) => `<${formatCodePoint(char.codePointAt(0)!)}>`);
}

/**
 * An object as JSON text (safeJson's), in pieces: each field apart and a long array a slice at a
 * time, so a megabyte of input never becomes one giant string to escape and copy. Then a newline.
 */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    yield `${first ? '{' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(field) || field.length <= 4096) {
      yield safeJson(field);
      continue;
    }
    for (let start = 0; start < field.length; start += 4096)
      yield (start === 0 ? '[' : ',') + safeJson(field.slice(start, start + 4096)).slice(1, -1);
    yield ']';
  }
  yield first ? '{}\n' : '}\n';
}

/** JSON whose strings carry no raw C1 or bidi control (JSON.stringify escapes only C0). */
export function safeJson(value: unknown): string {
  const json = JSON.stringify(value);
  // Tested first: a replace over megabytes of JSON copies it all even when nothing is unsafe.
  if (!unsafeAny.test(json)) return json;
  return json.replace(unsafe, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
