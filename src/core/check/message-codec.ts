import { fillTemplate } from './message-template.js';
import type { CheckProfile, Framing } from './profile-model.js';

/** The largest message either way: a server announcing more is broken or hostile, not slow. */
const maxMessageBytes = 1024 * 1024;

const encoder = new TextEncoder();

/** One payload on the wire: a line ending in `\n`, or a length header and the bytes. */
export function encodeFrame(framing: Framing, payload: string | Uint8Array): Uint8Array {
  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  if (framing.type === 'line') {
    if (body.includes(10)) throw new RangeError('a line-framed message cannot hold a newline');
    const out = new Uint8Array(body.length + 1);
    out.set(body);
    out[body.length] = 10;
    return out;
  }
  const { size, order, includesHeader } = framing;
  const length = body.length + (includesHeader ? size : 0);
  if (length >= 2 ** (8 * size))
    throw new RangeError(`a ${body.length}-byte message does not fit a ${size}-byte length`);
  const out = new Uint8Array(size + body.length);
  const view = new DataView(out.buffer);
  const little = order === 'little';
  if (size === 1) view.setUint8(0, length);
  else if (size === 2) view.setUint16(0, length, little);
  else view.setUint32(0, length, little);
  out.set(body, size);
  return out;
}

/** What a client writes to send `text` (as `name`): the profile's `send` template, framed. */
export function encodeMessage(profile: CheckProfile, text: string, name?: string): Uint8Array {
  const values = name === undefined ? { text } : { text, name };
  return encodeFrame(profile.framing, fillTemplate(profile.send, values, profile.escape));
}

/** Why a reader stopped: it keeps no more bytes after one of these. */
export type ReaderError = 'line-too-long' | 'frame-too-large' | 'frame-length-invalid';

/**
 * Cuts a byte stream into messages by the profile's framing. A partial message waits for the next
 * chunk; one larger than the limit puts the reader in an error state instead of growing without
 * bound. Lines lose their `\n` (and a `\r` before it); frames lose their header.
 */
export class MessageReader {
  private buffer = new Uint8Array(0);
  private held = 0;
  /** Line framing: bytes before this were already searched for `\n`. */
  private scanned = 0;
  private failure: ReaderError | undefined;

  constructor(
    private readonly framing: Framing,
    private readonly maxBytes = maxMessageBytes,
  ) {}

  get error(): ReaderError | undefined {
    return this.failure;
  }

  /** Bytes of an unfinished message held for the next chunk. */
  get pendingBytes(): number {
    return this.held;
  }

  push(chunk: Uint8Array): Uint8Array[] {
    if (this.failure !== undefined) return [];
    this.append(chunk);
    const messages = this.framing.type === 'line' ? this.lines() : this.frames(this.framing);
    if (this.failure !== undefined) this.drop();
    return messages;
  }

  private append(chunk: Uint8Array): void {
    const needed = this.held + chunk.length;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2, 256));
      grown.set(this.buffer.subarray(0, this.held));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.held);
    this.held = needed;
  }

  /** Forget the first `count` bytes, keeping the tail at the start of the buffer. */
  private consume(count: number): void {
    this.buffer.copyWithin(0, count, this.held);
    this.held -= count;
    this.scanned = Math.max(0, this.scanned - count);
  }

  private drop(): void {
    this.buffer = new Uint8Array(0);
    this.held = 0;
    this.scanned = 0;
  }

  private lines(): Uint8Array[] {
    const messages: Uint8Array[] = [];
    let start = 0;
    for (let i = this.scanned; i < this.held; i++) {
      if (this.buffer[i] !== 10) continue;
      let end = i;
      if (end > start && this.buffer[end - 1] === 13) end--;
      if (end - start > this.maxBytes) {
        this.failure = 'line-too-long';
        return messages;
      }
      messages.push(this.buffer.slice(start, end));
      start = i + 1;
    }
    this.scanned = this.held;
    this.consume(start);
    // The unfinished line may still lose a `\r`, so allow one byte over the limit before giving up.
    if (this.held > this.maxBytes + 1) this.failure = 'line-too-long';
    return messages;
  }

  private frames(framing: Exclude<Framing, { type: 'line' }>): Uint8Array[] {
    const messages: Uint8Array[] = [];
    const { size, order, includesHeader } = framing;
    let start = 0;
    while (this.held - start >= size) {
      const view = new DataView(this.buffer.buffer, this.buffer.byteOffset + start, size);
      const little = order === 'little';
      const announced =
        size === 1 ? view.getUint8(0) : size === 2 ? view.getUint16(0, little) : view.getUint32(0, little);
      const length = includesHeader ? announced - size : announced;
      if (length < 0) {
        this.failure = 'frame-length-invalid';
        return messages;
      }
      if (length > this.maxBytes) {
        this.failure = 'frame-too-large';
        return messages;
      }
      if (this.held - start - size < length) break;
      messages.push(this.buffer.slice(start + size, start + size + length));
      start += size + length;
    }
    this.consume(start);
    return messages;
  }
}
