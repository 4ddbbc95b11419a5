import { sanitizeText } from '../sanitize.js';
/**
 * Bytes as the checker handles them: a "binary string", one char per byte (Node's latin1), so a
 * token search or a byte-for-byte comparison is plain string work and no decoding can hide a bug.
 */

/** The UTF-8 bytes of some text, as a binary string. */
export function utf8Bytes(text: string): string {
  return binaryOf(new TextEncoder().encode(text));
}

/** A token no server would write by chance: `nl` and ten base-36 characters from random bytes. */
export function tokenFrom(random: ArrayLike<number>): string {
  let out = 'nl';
  for (let i = 0; i < 10; i++) out += ((random[i % random.length] ?? 0) % 36).toString(36);
  return out;
}

/**
 * The lines in received bytes: split at `\n`, a `\r` before it dropped. An unended tail is not a
 * line: a server that never ends its lines has sent none (a chat client would wait for ever).
 */
export function linesOf(binary: string): string[] {
  const lines = binary.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  lines.pop();
  return lines;
}

/** Bytes as a binary string, one char each. */
export function binaryOf(bytes: Uint8Array): string {
  // A slice at a time: a string added to one char at a time is a chain of a node per byte (32 bytes
  // each), 268 MB for the slow-reader's 8 MiB flood before anything flattens it.
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192)
    parts.push(String.fromCharCode(...bytes.subarray(start, start + 8192)));
  return parts.join('');
}

/** A line's shape around a token: the token blanked and numbers folded, so a timestamp or port never differs. */
export function frameOf(line: string, token: string): string {
  return line.split(token).join('\u0000').replace(/\d+/g, '#');
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function escapeByte(byte: number): string {
  if (byte === 0x0a) return '\\n';
  if (byte === 0x0d) return '\\r';
  if (byte === 0x09) return '\\t';
  if (byte === 0x5c) return '\\\\';
  return `\\x${byte.toString(16).padStart(2, '0')}`;
}

/**
 * Bytes a learner can read: valid UTF-8 shown as text, everything else (control characters, a lone
 * byte such as Latin-1's `\xf1`) escaped Python style, and long runs cut in the middle.
 */
export function excerpt(binary: string, max = 160): string {
  // Only the ends are shown: a megabyte is rendered as its first and last few hundred bytes, never
  // escaped whole (a string built a byte at a time costs many times its length).
  if (binary.length > max * 4) return cut(render(binary.slice(0, max * 2)) + render(binary.slice(-max * 2)), max);
  return cut(render(binary), max);
}

// ignoreBOM keeps a BOM as a character (to be escaped) instead of silently dropping it.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text these bytes are in UTF-8, or undefined when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Escapes bytes as `excerpt` shows them, all of them. */
function render(binary: string): string {
  let out = '';
  let i = 0;
  while (i < binary.length) {
    const byte = binary.charCodeAt(i);
    if (byte >= 0x20 && byte < 0x7f) {
      out += byte === 0x5c ? '\\\\' : binary[i];
      i++;
      continue;
    }
    const length = sequenceLength(byte);
    const slice = binary.slice(i, i + length);
    if (length > 0 && slice.length === length && [...slice.slice(1)].every((c) => (c.charCodeAt(0) & 0xc0) === 0x80)) {
      const bytes = Uint8Array.from(slice, (c) => c.charCodeAt(0));
      // Strict: an overlong form or a surrogate is escaped, while a real U+FFFD sent by the server shows.
      const text = strictUtf8(bytes);
      // Through the chat's cleaner: a character it would escape (C1, bidi, zero-width, BOM) is escaped here too.
      if (text !== undefined && sanitizeText(text) === text) {
        out += text;
        i += length;
        continue;
      }
    }
    out += escapeByte(byte);
    i++;
  }
  return out;
}

/** Text longer than `max` as its start and end around a `[…]`. */
function cut(out: string, max: number): string {
  if (out.length <= max) return out;
  const half = Math.floor((max - 5) / 2);
  return `${out.slice(0, half)} […] ${out.slice(out.length - half)}`;
}
