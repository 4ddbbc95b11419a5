import { InputError } from './input-error.js';
import { byteArray, escapeControls, formatCodePoint, hexText } from './utf8.js';

/** Bytes read back as UTF-8: each character, and each invalid sequence with where it sits and why. */

export type InvalidReason =
  /** 80-BF where a character should start. */
  | 'unexpected-continuation'
  /** C0, C1, F5-FF: bytes that never appear in UTF-8. */
  | 'invalid-byte'
  /** A start byte whose sequence ended early (another start byte or the end came first). */
  | 'truncated'
  /** A longer encoding of a code point that fits in fewer bytes. */
  | 'overlong'
  /** U+D800-U+DFFF, reserved for UTF-16. */
  | 'surrogate'
  /** Above U+10FFFF. */
  | 'too-large';

export interface InvalidSequence {
  offset: number;
  bytes: number[];
  reason: InvalidReason;
}

export interface DecodedPiece {
  offset: number;
  bytes: number[];
  /** The character, or U+FFFD for an invalid sequence. */
  char: string;
  codePoint: string;
  invalid: InvalidReason | null;
}

export interface DecodeModel {
  bytes: number[];
  hex: string;
  text: string;
  /** The first pieces (all unless `decodeUtf8` was given a row limit); `pieceCount` counts them all. */
  pieces: DecodedPiece[];
  pieceCount: number;
  /** The first invalid sequences, as many as the row limit; `invalidCount` counts them all. */
  invalid: InvalidSequence[];
  invalidCount: number;
}

/**
 * Decodes bytes as UTF-8, the way TextDecoder does (each maximal invalid subpart becomes one
 * U+FFFD), but says where each invalid sequence sits and why. Never throws.
 */
export function decodeUtf8(input: ArrayLike<number>, rowLimit = Infinity): DecodeModel {
  const bytes = byteArray(input);
  const pieces: DecodedPiece[] = [];
  const invalid: InvalidSequence[] = [];
  let pieceCount = 0;
  let invalidCount = 0;
  // The text a slice at a time; past the row limit a piece only adds its character and the counts.
  const text: string[] = [];
  let slice: string[] = [];
  const push = (piece: DecodedPiece) => {
    pieceCount++;
    slice.push(piece.char);
    if (slice.length === 4096) {
      text.push(slice.join(''));
      slice = [];
    }
    if (pieces.length < rowLimit) pieces.push(piece);
  };
  const bad = (offset: number, end: number, reason: InvalidReason) => {
    const part = bytes.slice(offset, end);
    invalidCount++;
    if (invalid.length < rowLimit) invalid.push({ offset, bytes: part, reason });
    push({ offset, bytes: part, char: '\uFFFD', codePoint: 'U+FFFD', invalid: reason });
  };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      push({
        offset: i,
        bytes: [lead],
        char: String.fromCharCode(lead),
        codePoint: formatCodePoint(lead),
        invalid: null,
      });
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    let boundReason: InvalidReason = 'truncated';
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) [lower, boundReason] = [0xa0, 'overlong'];
      if (lead === 0xed) [upper, boundReason] = [0x9f, 'surrogate'];
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) [lower, boundReason] = [0x90, 'overlong'];
      if (lead === 0xf4) [upper, boundReason] = [0x8f, 'too-large'];
    } else {
      bad(i, i + 1, lead <= 0xbf ? 'unexpected-continuation' : lead <= 0xc1 ? 'overlong' : 'invalid-byte');
      i++;
      continue;
    }
    let codePoint = lead & (0x3f >> need);
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const next = bytes[j];
      if (next === undefined || next < lower || next > upper) {
        // Only the first continuation byte has the narrower bounds; a byte outside 80-BF just ends the sequence.
        const reason = next !== undefined && k === 0 && next >= 0x80 && next <= 0xbf ? boundReason : 'truncated';
        bad(i, j, reason);
        ok = false;
        break;
      }
      codePoint = (codePoint << 6) | (next & 0x3f);
      lower = 0x80;
      upper = 0xbf;
    }
    if (ok)
      push({
        offset: i,
        bytes: bytes.slice(i, j),
        char: String.fromCodePoint(codePoint),
        codePoint: formatCodePoint(codePoint),
        invalid: null,
      });
    i = j;
  }
  text.push(slice.join(''));
  return { bytes, hex: hexText(bytes), text: text.join(''), pieces, pieceCount, invalid, invalidCount };
}

/**
 * Bytes written in hex, strictly: pairs of hex digits, optionally separated by spaces, commas or
 * colons, each pair optionally written 0xHH or \xHH (as Python prints bytes).
 */
export function parseHexBytes(hexText: string): number[] {
  const compact = hexText.trim();
  if (compact === '') throw new InputError('utf8-hex-empty', { part: escapeControls(hexText) });
  const bytes: number[] = [];
  const tokens = compact.split(/[\s,:]+/).filter(Boolean);
  for (const token of tokens) {
    const digits = token.replace(/^0x/i, '').replace(/\\x/gi, '');
    const wrong = /[^0-9a-f]/i.exec(digits);
    if (wrong) throw new InputError('utf8-hex-digit', { part: escapeControls(token), char: escapeControls(wrong[0]) });
    if (digits.length % 2 === 1) throw new InputError('utf8-hex-odd', { part: escapeControls(token) });
    for (let i = 0; i < digits.length; i += 2) bytes.push(Number.parseInt(digits.slice(i, i + 2), 16));
  }
  return bytes;
}

/**
 * How many bytes at the end of `bytes` belong to a sequence the cut left incomplete (0 when it ends
 * on a character boundary): a capped read drops them rather than report a cut as invalid.
 */
export function cutTail(bytes: ArrayLike<number>): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** `--hex "c3 b1"`: the bytes, the text they decode to, and each invalid sequence with its offset. */
export function decodeHex(hexText: string): DecodeModel {
  return decodeUtf8(parseHexBytes(hexText));
}

/** The stable `--hex --json` shape (README). */
export function decodeJson(model: DecodeModel) {
  return {
    hex: model.hex,
    bytes: model.bytes,
    text: model.text,
    invalid: model.invalid,
    ...(model.invalidCount > model.invalid.length ? { invalidOmitted: model.invalidCount - model.invalid.length } : {}),
  };
}
