import { createInterface } from 'node:readline';

/** The lines of a stream as they arrive, trimmed, blank ones skipped, with their 1-based number. */
export async function* eachLine(stream: NodeJS.ReadableStream): AsyncGenerator<{ line: number; text: string }> {
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of reader) {
      line++;
      const text = raw.trim();
      if (text !== '') yield { line, text };
    }
  } finally {
    reader.close();
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
