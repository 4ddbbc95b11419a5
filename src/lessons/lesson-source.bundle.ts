import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Token } from 'marked';
import type { Lang } from '../core/language.js';
import { contentSnapshot } from './content-snapshot.js';
import { findAbove, findContentRoot } from './content-root.js';
import type { Lesson } from './lesson.js';

/**
 * Lessons in the bundle (it replaces lesson-source.ts there, as scripts/build.mjs swaps every
 * `.bundle.ts` twin): the ones the build parsed, so no YAML or Markdown parser loads. In dist/lessons/
 * the build wrote `lessons-<lang>.json` (the lessons but their tokens), `.tokens.jsonl` (one
 * lesson's tokens a line, parsed only when shown) and `.snapshot` (the contentSnapshot it read).
 * Should content/ have changed since, the Markdown is read again by the parser chunk
 * `read-lessons.cjs`, loaded only then.
 */
export function lessonSource(lang: Lang): readonly Lesson[] {
  const dist = findAbove(import.meta.url, join('lessons', 'read-lessons.cjs'));
  if (dist === undefined) throw new Error(`built lessons not found above ${import.meta.url}: reinstall netlearn`);
  const here = join(dist, 'lessons');
  const root = findContentRoot();
  if (!contentSnapshot(join(root, lang)).equals(readFileSync(join(here, `lessons-${lang}.snapshot`)))) {
    const parser = createRequire(import.meta.url)(join(here, 'read-lessons.cjs')) as typeof import('./read-lessons.js');
    return parser.readLessons(root, lang);
  }
  const built = JSON.parse(readFileSync(join(here, `lessons-${lang}.json`), 'utf8')) as Omit<Lesson, 'tokens'>[];
  let lines: string[] | undefined;
  const tokenLine = (index: number) => {
    lines ??= readFileSync(join(here, `lessons-${lang}.tokens.jsonl`), 'utf8').split('\n');
    return lines[index]!;
  };
  return built.map((lesson, index) => {
    let tokens: Token[] | undefined;
    const get = () => (tokens ??= JSON.parse(tokenLine(index)) as Token[]);
    return Object.defineProperty(lesson, 'tokens', { get, enumerable: true }) as Lesson;
  });
}
