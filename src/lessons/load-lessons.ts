import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../core/language.js';
import { findContentRoot } from './content-root.js';
import type { Lesson } from './lesson.js';
import { lessonIds } from './lesson-ids.js';
import { LessonFormatError, parseLesson } from './parse-lesson.js';

const cache = new Map<string, readonly Lesson[]>();

/**
 * Every lesson of one language in teaching order, read from `content/<lang>/*.md` and checked.
 * Throws LessonFormatError when a file breaks the rules or a lesson is missing or out of order.
 */
export function loadLessons(lang: Lang, root: string = findContentRoot()): readonly Lesson[] {
  const key = `${root}\0${lang}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const folder = join(root, lang);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const lessons = files.map((name) => parseLesson(readFileSync(join(folder, name), 'utf8'), lang, join(lang, name)));
  const ids = lessons.map((lesson) => lesson.id);
  if (ids.join() !== lessonIds.join()) {
    throw new LessonFormatError(lang, [`lessons must be ${lessonIds.join(', ')} in that order; found ${ids.join(', ')}`]);
  }
  cache.set(key, lessons);
  return lessons;
}
