import { readdirSync } from 'node:fs';
import { LessonFormatError } from './lesson-format-error.js';

/** A lesson file's name: its place in the teaching order, then its id (`08-ipv4.md`). */
const lessonFileName = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export interface LessonFile {
  /** The file name, e.g. `08-ipv4.md`. */
  name: string;
  /** The lesson id the name gives; the front matter's `id` must say the same. */
  id: string;
}

/** The id a lesson file's name gives, or undefined for a name that is not `NN-<id>.md`. */
export function idFromFileName(name: string): string | undefined {
  return lessonFileName.exec(name)?.[2];
}

/**
 * The lessons of one language folder, in teaching order (by the number before the id). Other
 * files are ignored; a `.md` file named otherwise, or two files sharing a number or an id, is a
 * LessonFormatError: the order would be a guess.
 */
export function lessonFiles(folder: string, label: string): LessonFile[] {
  const problems: string[] = [];
  const files: (LessonFile & { order: number })[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.md')) continue;
    const match = lessonFileName.exec(name);
    if (!match) problems.push(`${name} is not named NN-<id>.md (a number, a dash, a lowercase id)`);
    else files.push({ name, id: match[2]!, order: Number(match[1]) });
  }
  files.sort((a, b) => a.order - b.order);
  files.forEach((file, index) => {
    const previous = files[index - 1];
    if (previous?.order === file.order) {
      problems.push(`${previous.name} and ${file.name} share the number ${file.order}`);
    }
    if (files.findIndex((other) => other.id === file.id) < index) problems.push(`two files hold the lesson ${file.id}`);
  });
  if (files.length === 0 && problems.length === 0) problems.push('no lesson files (NN-<id>.md)');
  if (problems.length > 0) throw new LessonFormatError(label, problems);
  return files.map(({ name, id }) => ({ name, id }));
}
