import type { Lang } from '../core/language.js';
import { findContentRoot } from './content-root.js';
import type { Lesson } from './lesson.js';
import { readLessons } from './read-lessons.js';

/**
 * Where lessons come from when running from source: the Markdown files, parsed now. The bundle
 * swaps this module for lesson-source.bundle.ts, which reads what the build parsed (scripts/build.mjs).
 */
export function lessonSource(lang: Lang): readonly Lesson[] {
  return readLessons(findContentRoot(), lang);
}
