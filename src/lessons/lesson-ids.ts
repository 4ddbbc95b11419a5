import { join } from 'node:path';
import { findContentRoot } from './content-root.js';
import { lessonFiles } from './lesson-files.js';

let known: readonly string[] | undefined;

/**
 * The lesson ids in teaching order, from the file names in content/en (every language holds the
 * same ones; a test checks). Only the folder is listed, so checking saved progress reads no lesson.
 */
export function lessonIds(): readonly string[] {
  known ??= lessonFiles(join(findContentRoot(), 'en'), 'en').map((file) => file.id);
  return known;
}

export function isLessonId(id: string): boolean {
  return lessonIds().includes(id);
}
