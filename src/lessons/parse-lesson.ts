import { basename } from 'node:path';
import { lexer } from 'marked';
import { parse } from 'yaml';
import type { Lang } from '../core/language.js';
import type { Lesson, QuizQuestion } from './lesson.js';
import { idFromFileName } from './lesson-files.js';
import { LessonFormatError } from './lesson-format-error.js';

/** Lowercase words joined by dashes, as in the file name `07-address-tuple.md`. */
const lessonId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
/** Words that mark an unfinished lesson; capitals only for TODO and kin (Spanish "todo" is a word). */
const placeholder = /\b(TODO|TBD|FIXME|XXX)\b/;
const placeholderAnyCase = /\b(lorem ipsum|coming soon)\b/i;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function checkQuestion(raw: unknown, where: string, problems: string[]): QuizQuestion | undefined {
  if (typeof raw !== 'object' || raw === null) {
    problems.push(`${where} is not a mapping`);
    return undefined;
  }
  const q = raw as Record<string, unknown>;
  const before = problems.length;
  if (!isText(q.id)) problems.push(`${where}.id is missing`);
  if (!isText(q.question)) problems.push(`${where}.question is missing`);
  if (!isText(q.explanation)) problems.push(`${where}.explanation is missing`);
  const options = q.options;
  if (!Array.isArray(options) || options.length < 3 || options.length > 4 || !options.every(isText)) {
    problems.push(`${where}.options must be 3 or 4 non-empty strings`);
  } else if (!Number.isInteger(q.answer) || (q.answer as number) < 0 || (q.answer as number) >= options.length) {
    problems.push(`${where}.answer must be an option index from 0 to ${options.length - 1}`);
  }
  if (problems.length > before) return undefined;
  return {
    id: q.id as string,
    question: (q.question as string).trim(),
    options: (options as string[]).map((option) => option.trim()),
    answer: q.answer as number,
    explanation: (q.explanation as string).trim(),
  };
}

/** Reads one lesson file's text; throws LessonFormatError listing everything wrong with it. */
export function parseLesson(source: string, lang: Lang, file: string): Lesson {
  const match = frontMatter.exec(source);
  if (!match) throw new LessonFormatError(file, ['no YAML front matter between --- lines']);
  let meta: unknown;
  try {
    meta = parse(match[1]!);
  } catch (error) {
    throw new LessonFormatError(file, [`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  if (typeof meta !== 'object' || meta === null) throw new LessonFormatError(file, ['front matter is not a mapping']);
  const m = meta as Record<string, unknown>;
  const body = match[2]!.trim();
  const problems: string[] = [];

  const named = idFromFileName(basename(file));
  if (!isText(m.id) || !lessonId.test(m.id)) problems.push(`id "${String(m.id)}" is not a lowercase id`);
  else if (named !== undefined && m.id !== named) problems.push(`id "${m.id}" differs from the file name's "${named}"`);
  if (!isText(m.title)) problems.push('title is missing');
  // Which ids exist is the tool registry's to say (src/tools/index.ts); the content test checks it.
  if (!isText(m.tool) || !lessonId.test(m.tool)) problems.push(`tool "${String(m.tool)}" is not a tool id`);
  if (m.example !== undefined && !isText(m.example)) problems.push('example must be a non-empty string');
  // The plain `lesson` command shows the body as written, so the body must name the command itself.
  if (!isText(m.try) || !m.try.startsWith('netlearn ')) problems.push('try must be a netlearn command line');
  else if (!body.includes(`\`${m.try}\``)) problems.push(`the body never names \`${m.try}\` (try)`);
  if (body === '') problems.push('the body is empty');
  const found = placeholder.exec(`${body}\n${match[1]}`) ?? placeholderAnyCase.exec(`${body}\n${match[1]}`);
  if (found) problems.push(`placeholder text "${found[0]}"`);

  const quiz: QuizQuestion[] = [];
  if (!Array.isArray(m.quiz) || m.quiz.length < 1 || m.quiz.length > 3) {
    problems.push('quiz must hold 1 to 3 questions');
  } else {
    m.quiz.forEach((raw, index) => {
      const question = checkQuestion(raw, `quiz[${index}]`, problems);
      if (question) quiz.push(question);
    });
    const ids = quiz.map((q) => q.id);
    if (new Set(ids).size !== ids.length) problems.push('quiz ids repeat');
  }
  if (problems.length > 0) throw new LessonFormatError(file, problems);

  return {
    id: m.id as string,
    lang,
    title: (m.title as string).trim(),
    tool: m.tool as string,
    ...(m.example === undefined ? {} : { example: m.example as string }),
    tryCommand: m.try as string,
    quiz,
    body,
    tokens: lexer(body),
  };
}
