import { stdinLines } from './line-input.js';

/**
 * The lines of stdin as they arrive, trimmed, blank ones skipped, with their 1-based number; none
 * past 64 KiB (see stdinLines).
 */
export async function* eachLine(stream: NodeJS.ReadableStream): AsyncGenerator<{ line: number; text: string }> {
  for await (const { line, text: raw } of stdinLines(stream)) {
    const text = raw.trim();
    if (text !== '') yield { line, text };
  }
}

/** Writes text, waiting for the reader when the pipe is full; false once the reader is gone. */
export function writeWaiting(stream: NodeJS.WritableStream, text: string): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (ok: boolean) => {
      if (settled) return;
      settled = true;
      stream.off('error', onError);
      resolve(ok);
    };
    const onError = () => done(false);
    stream.once('error', onError);
    if (stream.write(text)) done(true);
    else stream.once('drain', () => done(true));
  });
}
