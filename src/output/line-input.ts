import { InputError } from '../core/input-error.js';
import { LineInbox } from '../core/line-inbox.js';

/** The longest stdin line a command accepts: more is almost surely not typed. */
export const stdinLineCap = 64 * 1024;

/** One step of reading: a line, the end, or a line over the cap (which ends the reading). */
export type InputLine =
  /** `text` decoded (invalid UTF-8 shown as U+FFFD and its bytes), `raw` the bytes as they came. */
  | { kind: 'line'; text: string; raw: Buffer; n: number; cut?: boolean }
  | { kind: 'end' }
  | { kind: 'too-long'; n: number };

/**
 * Lines of a command's stdin (here beside write-lines.ts: both serve the standard streams), read
 * only as they are asked for: the stream is paused between asks, so a fast pipe waits for a slow
 * consumer instead of filling memory, and no line is held past `cap` bytes (a longer one is
 * reported, not read to its end).
 */
export class LineInput {
  private readonly inbox: LineInbox;
  private ended = false;
  private wake: (() => void) | undefined;
  private count = 0;
  private done = false;

  /**
   * `long: 'cut'` keeps reading past a long line (its first `cap` bytes come as a line with `cut`,
   * the rest is skipped); `'stop'` reports it as `too-long` and reads no further.
   */
  constructor(
    private readonly stream: NodeJS.ReadableStream,
    private readonly cap = stdinLineCap,
    private readonly long: 'stop' | 'cut' = 'stop',
  ) {
    // The splitter cuts at the cap plus one byte, so a line of exactly `cap` bytes is accepted.
    this.inbox = new LineInbox(cap + 1);
    stream.on('data', this.onData);
    stream.on('end', this.onEnd);
    stream.on('error', this.onEnd);
    stream.pause();
  }

  private readonly onData = (chunk: Buffer | string) => {
    this.inbox.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    this.stream.pause();
    this.wake?.();
  };

  private readonly onEnd = () => {
    this.ended = true;
    this.wake?.();
  };

  /** The next line; after `end` or `too-long`, always `end`. */
  async next(): Promise<InputLine> {
    for (;;) {
      if (this.done) return { kind: 'end' };
      const line = this.inbox.next() ?? (this.ended ? this.inbox.end()[0] : undefined);
      if (line) {
        this.count++;
        const cut = line.truncated || line.bytes > this.cap;
        if (cut && this.long === 'stop') return this.finish({ kind: 'too-long', n: this.count });
        return { kind: 'line', text: line.text, raw: line.raw, n: this.count, ...(cut ? { cut } : {}) };
      }
      if (this.ended) return this.finish({ kind: 'end' });
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.stream.resume();
      });
      this.wake = undefined;
    }
  }

  /**
   * Stops reading. A pipe or file is let go (destroyed): a writer that keeps it open must not keep
   * the process alive once the command is done. A terminal is only paused.
   */
  close(): void {
    this.done = true;
    this.stream.off('data', this.onData);
    this.stream.off('end', this.onEnd);
    this.stream.off('error', this.onEnd);
    this.stream.pause();
    const stream = this.stream as NodeJS.ReadableStream & { isTTY?: boolean; destroy?: () => void };
    if (!stream.isTTY) stream.destroy?.();
    this.wake?.();
  }

  private finish(result: InputLine): InputLine {
    this.close();
    return result;
  }
}

/**
 * Every line of a command's stdin, as it arrives, with its 1-based number, through the capped
 * reader: a line past 64 KiB throws an InputError (exit 2), or with `long: 'cut'` comes cut short.
 */
export async function* stdinLines(
  stream: NodeJS.ReadableStream,
  long: 'stop' | 'cut' = 'stop',
): AsyncGenerator<{ line: number; text: string }> {
  const input = new LineInput(stream, stdinLineCap, long);
  try {
    for (;;) {
      const item = await input.next();
      if (item.kind === 'end') return;
      if (item.kind === 'too-long')
        throw new InputError('stdin-line-too-long', { line: item.n, kib: stdinLineCap / 1024 });
      yield { line: item.n, text: item.text };
    }
  } finally {
    input.close();
  }
}
