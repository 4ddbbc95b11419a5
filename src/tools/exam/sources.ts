import { randomInt } from 'node:crypto';
import { codeAlphabet } from '../../core/exam/completion-code.js';
import { InputError } from '../../core/input-error.js';
import { Gradebook } from '../../store/gradebook.js';
import { gradebookPath } from '../../store/gradebook-path.js';
import { readSmallText } from '../../system/text-file.js';

/** What exams read of the machine: files, the clock, and chance for a new exam's id. */
export interface ExamSources {
  /** A file's text, read no further than `max` bytes: more is an input error, as is a path that cannot be read. */
  readText: (path: string, max: number) => string;
  /** Milliseconds, for the timer. */
  now: () => number;
  /** A new exam id: eight symbols of the code alphabet. */
  newExamId: () => string;
  /** `--db`, else the class gradebook in the user's data folder. */
  gradebookPath: (given?: string) => string;
  openGradebook: (path: string) => Gradebook;
}

function readText(path: string, max: number): string {
  let read: { text: string; tooLarge: boolean };
  try {
    read = readSmallText(path, max);
  } catch (error) {
    throw new InputError('exam-file-unreadable', { part: path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  if (read.tooLarge) throw new InputError('exam-file-too-large', { part: path, max });
  return read.text;
}

const sources: ExamSources = {
  readText,
  now: () => Date.now(),
  newExamId: () => Array.from({ length: 8 }, () => codeAlphabet[randomInt(32)]).join(''),
  gradebookPath,
  openGradebook: (path) => Gradebook.open(path),
};
export default sources;
