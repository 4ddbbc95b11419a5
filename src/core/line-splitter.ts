/** One line as it arrived, decoded and bounded. */
export interface ReceivedLine {
  /** The text, `\r\n` or `\n` removed; invalid UTF-8 shown as U+FFFD followed by its bytes, `�[e9]`. */
  text: string;
  /** How many bytes the line had on the wire (without the line ending), up to the cap. */
  bytes: number;
  /** The line was longer than the cap: this is its start, the rest was thrown away. */
  truncated: boolean;
  /** Some bytes were not valid UTF-8. */
  invalid: boolean;
  /** The bytes themselves (at most the cap), for a hex view. */
  raw: Buffer;
}

export const maxLineBytes = 4096;

function hex(bytes: Uint8Array, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(bytes[i]!.toString(16).padStart(2, '0'));
  return parts.join(' ');
}

/** Length of the valid UTF-8 sequence starting at i, or minus the length of its invalid maximal subpart. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) low = 0xa0; // overlong
    if (b0 === 0xed) high = 0x9f; // surrogates
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) low = 0x90;
    if (b0 === 0xf4) high = 0x8f; // past U+10FFFF
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
    if (b === undefined || b < lo || b > hi) return -k;
  }
  return need + 1;
}

/**
 * Decodes UTF-8 without ever failing: each invalid piece becomes U+FFFD followed by its bytes in hex,
 * so the learner sees both that something was wrong and what arrived.
 */
export function decodeLossy(bytes: Uint8Array): { text: string; invalid: boolean } {
  const fast = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!fast.includes('\uFFFD')) return { text: fast, invalid: false };
  let text = '';
  let invalid = false;
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceAt(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    invalid = true;
    text += Buffer.from(bytes.subarray(start, i)).toString('utf8');
    text += `\uFFFD[${hex(bytes, i, i - length)}]`;
    i -= length;
    start = i;
  }
  text += Buffer.from(bytes.subarray(start)).toString('utf8');
  return { text, invalid };
}

/** Where to cut a too-long line so no character is split in half. */
function charBoundary(bytes: Uint8Array, at: number): number {
  let cut = Math.min(at, bytes.length);
  while (cut > 0 && cut < bytes.length && (bytes[cut]! & 0xc0) === 0x80 && at - cut < 4) cut--;
  return cut;
}

/**
 * Splits a byte stream into lines, holding at most `maxBytes` of an unfinished line: a longer line
 * is delivered cut (marked truncated) and the rest of it is skipped, so memory stays bounded
 * whatever a peer sends.
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private held = 0;
  private skipping = false;

  constructor(private readonly maxBytes = maxLineBytes) {}

  push(chunk: Buffer): ReceivedLine[] {
    const lines: ReceivedLine[] = [];
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      const piece = chunk.subarray(start, end);
      if (!this.skipping) {
        if (this.held + piece.length > this.maxBytes) {
          const whole = Buffer.concat([...this.parts, piece.subarray(0, this.maxBytes - this.held + 4)]);
          lines.push(this.line(whole.subarray(0, charBoundary(whole, this.maxBytes)), true));
          this.reset();
          this.skipping = newline === -1;
        } else if (newline === -1) {
          if (piece.length > 0) {
            this.parts.push(piece);
            this.held += piece.length;
          }
        } else {
          const whole = this.parts.length === 0 ? piece : Buffer.concat([...this.parts, piece]);
          this.reset();
          lines.push(this.line(whole, false));
        }
      } else if (newline !== -1) {
        this.skipping = false;
      }
      if (newline === -1) return lines;
      start = newline + 1;
    }
  }

  /** Part of a line has arrived and its newline not yet (or a too-long line is being skipped). */
  get unfinished(): boolean {
    return this.held > 0 || this.skipping;
  }

  /** The unfinished last line, if the peer closed without a final newline. */
  end(): ReceivedLine[] {
    if (this.skipping || this.held === 0) {
      this.reset();
      return [];
    }
    const whole = Buffer.concat(this.parts);
    this.reset();
    return [this.line(whole, false)];
  }

  private reset(): void {
    this.parts = [];
    this.held = 0;
    this.skipping = false;
  }

  private line(bytes: Buffer, truncated: boolean): ReceivedLine {
    const body = !truncated && bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes;
    const { text, invalid } = decodeLossy(body);
    return { text, bytes: body.length, truncated, invalid, raw: body };
  }
}
