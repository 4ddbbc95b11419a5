import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../core/language.js';
import type { Lesson } from './lesson.js';
import { lessonFiles } from './lesson-files.js';
import { parseLesson } from './parse-lesson.js';

/**
 * Every lesson of one language in teaching order, read from `<root>/<lang>/NN-<id>.md` and checked.
 * Throws LessonFormatError when a file breaks the rules. The build runs this once and ships the
 * result; running from source (tests) calls it directly.
 */
export function readLessons(root: string, lang: Lang): Lesson[] {
  const folder = join(root, lang);
  return lessonFiles(folder, lang).map(({ name }) =>
    parseLesson(readFileSync(join(folder, name), 'utf8'), lang, join(lang, name)),
  );
}
