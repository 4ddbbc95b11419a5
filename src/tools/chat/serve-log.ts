import { claimStdoutErrors } from '../../output/stdout-claim.js';
import type { ServeWords } from './serve-words.en.js';

/** Bytes the log may have waiting in stdout before its lines are dropped (and counted) instead. */
const logBacklogBytes = 1024 * 1024;

export interface ServeLog {
  /** Prints one line of the log, or drops it (counted) while stdout is not keeping up. */
  print: (line: string) => void;
  /** Lines dropped so far because stdout was full. */
  readonly dropped: number;
  /** Stops listening to stdout's events. */
  close: () => void;
}

/**
 * The serve log on stdout, which must never stop the chat: while stdout is full (a pipe nobody
 * reads) lines are dropped and counted, and the count is printed once it drains; when the reader
 * goes away (`serve --json | head -1`) logging stops, serving goes on, and stderr says so. Any other
 * stdout error (a full disk) is handed to `onFailure`.
 */
export function serveLog(
  stdout: NodeJS.WritableStream & { writableLength?: number },
  stderr: NodeJS.WritableStream,
  words: ServeWords,
  options: { json: boolean; onFailure: (error: NodeJS.ErrnoException) => void },
): ServeLog {
  let dropped = 0;
  let droppedSinceNote = 0;
  let gone = false;
  const droppedLine = (count: number) =>
    options.json ? JSON.stringify({ event: 'log-dropped', lines: count }) : words.log.dropped({ count });
  const onDrain = () => {
    if (droppedSinceNote === 0 || gone) return;
    const count = droppedSinceNote;
    droppedSinceNote = 0;
    stdout.write(droppedLine(count) + '\n');
  };
  const onError = (error: NodeJS.ErrnoException) => {
    if (gone) return;
    gone = true;
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') stderr.write(`${words.log.stdoutClosed}\n`);
    else options.onFailure(error);
  };
  stdout.on('drain', onDrain);
  stdout.on('error', onError);
  const release = claimStdoutErrors(stdout);
  return {
    print: (line) => {
      if (gone) return;
      if ((stdout.writableLength ?? 0) > logBacklogBytes) {
        dropped++;
        droppedSinceNote++;
        return;
      }
      stdout.write(line + '\n');
    },
    get dropped() {
      return dropped;
    },
    close: () => {
      release();
      stdout.off('drain', onDrain);
      stdout.off('error', onError);
    },
  };
}
