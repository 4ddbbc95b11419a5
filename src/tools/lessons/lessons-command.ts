import { writeLines } from '../../output/write-lines.js';
import type { CommandContext } from '../tool.js';
import type { LessonsTool } from './lessons-entry.js';

/** `netlearn lessons`: each lesson's id, title and done mark; a JSON array of {id, title, done}. */
export default async function run({
  lang,
  t,
  sources,
  json,
  paint,
  stdout,
  stderr,
  env,
}: CommandContext<LessonsTool>): Promise<number> {
  const lessons = sources.lessons(lang);
  const done = new Set(sources.savedProgress(env, stderr, t).lessons.done);
  if (json) {
    stdout.write(
      `${JSON.stringify(lessons.map((lesson) => ({ id: lesson.id, title: lesson.title, done: done.has(lesson.id) })))}\n`,
    );
    return 0;
  }
  const idWidth = Math.max(...lessons.map((lesson) => lesson.id.length));
  await writeLines(
    stdout,
    lessons.map((lesson) => {
      const mark = done.has(lesson.id) ? paint.green('[x]') : '[ ]';
      return `${mark} ${paint.cyan(lesson.id.padEnd(idWidth))}  ${lesson.title}`;
    }),
  );
  return 0;
}
