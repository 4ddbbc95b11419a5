import type { Lang } from '../core/language.js';
import type { Lesson } from './lesson.js';
import { lessonSource } from './lesson-source.js';

const cache = new Map<Lang, readonly Lesson[]>();

/**
 * Every lesson of one language in teaching order: the set and the order are the files in
 * `content/<lang>/` (`NN-<id>.md`). Throws LessonFormatError when a file breaks the rules.
 */
export function loadLessons(lang: Lang): readonly Lesson[] {
  let lessons = cache.get(lang);
  if (!lessons) {
    lessons = lessonSource(lang);
    cache.set(lang, lessons);
  }
  return lessons;
}
