import { randomInt } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { codeAlphabet } from '../../core/exam/completion-code.js';
import { InputError } from '../../core/input-error.js';

/** What exams read of the machine: files, the clock, and chance for a new exam's id. */
export interface ExamSources {
  /** A file's text, read no further than `max` bytes: more is an input error, as is a path that cannot be read. */
  readText: (path: string, max: number) => string;
  /** Milliseconds, for the timer. */
  now: () => number;
  /** A new exam id: eight symbols of the code alphabet. */
  newExamId: () => string;
}

function readText(path: string, max: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > max) throw new InputError('exam-file-too-large', { part: path, max });
    return buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('exam-file-unreadable', { part: path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const sources: ExamSources = {
  readText,
  now: () => Date.now(),
  newExamId: () => Array.from({ length: 8 }, () => codeAlphabet[randomInt(32)]).join(''),
};
export default sources;
