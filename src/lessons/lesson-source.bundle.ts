import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Token } from 'marked';
import type { Lang } from '../core/language.js';
import { contentFingerprint } from './content-fingerprint.js';
import { findContentRoot } from './content-root.js';
import type { Lesson } from './lesson.js';

/** What scripts/build.mjs writes to `lessons-<lang>.json` beside the chunk that holds this module. */
export interface BuiltLessons {
  /** contentFingerprint of content/<lang> when the build read it. */
  fingerprint: string;
  /** The lessons without their tokens, which `lessons-<lang>.tokens.jsonl` holds one lesson a line. */
  lessons: Omit<Lesson, 'tokens'>[];
}

/**
 * Lessons in the bundle (it replaces lesson-source.ts there, as scripts/build.mjs swaps every
 * `.bundle.ts` twin): the ones the build parsed, so no YAML or Markdown parser loads, and a lesson's
 * tokens are parsed only when it is shown. Should content/ have changed since the build, the
 * Markdown is read again by the parser chunk `read-lessons.cjs`, loaded only then.
 */
export function lessonSource(lang: Lang): readonly Lesson[] {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const built = JSON.parse(readFileSync(join(here, `lessons-${lang}.json`), 'utf8')) as BuiltLessons;
  const root = findContentRoot();
  if (built.fingerprint !== contentFingerprint(join(root, lang))) {
    const parser = createRequire(import.meta.url)(join(here, 'read-lessons.cjs')) as typeof import('./read-lessons.js');
    return parser.readLessons(root, lang);
  }
  let lines: string[] | undefined;
  const tokenLine = (index: number) => {
    lines ??= readFileSync(join(here, `lessons-${lang}.tokens.jsonl`), 'utf8').split('\n');
    return lines[index]!;
  };
  return built.lessons.map((lesson, index) => {
    let tokens: Token[] | undefined;
    const get = () => (tokens ??= JSON.parse(tokenLine(index)) as Token[]);
    return Object.defineProperty(lesson, 'tokens', { get, enumerable: true }) as Lesson;
  });
}
