/**
 * Writes lines as they come, waiting when the reader is slower, so a million-line listing runs
 * in constant memory. Resolves false when the reader went away (`| head`), true when all were written.
 */
export function writeLines(stream: NodeJS.WritableStream, lines: Iterable<string>): Promise<boolean> {
  return writeText(stream, withNewlines(lines));
}

function* withNewlines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield line + '\n';
}

/** Writes pieces of text as they come, batched, waiting for a slower reader (see writeLines). */
export async function writeText(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<boolean> {
  let closed = false;
  const onError = () => {
    closed = true;
  };
  stream.once('error', onError);
  try {
    let batch = '';
    for (const piece of pieces) {
      if (closed) return false;
      batch += piece;
      // Batching keeps write() calls few; 64 KiB matches a pipe's buffer.
      if (batch.length >= 65_536) {
        const flushed = stream.write(batch);
        batch = '';
        if (!flushed) await waitForDrain(stream);
      }
    }
    if (batch && !closed) {
      if (!stream.write(batch)) await waitForDrain(stream);
    }
    return !closed;
  } finally {
    stream.off('error', onError);
  }
}

export function waitForDrain(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
    stream.once('close', done);
  });
}
