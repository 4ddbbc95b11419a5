import { optionLabel } from '../../core/quiz/option-label.js';
import { findLesson } from '../../lessons/find-lesson.js';
import type { Lesson } from '../../lessons/lesson.js';
import { renderMarkdown } from '../../lessons/render-markdown.js';
import { lineText, wrapWords, type SpanStyle, type StyledLine } from '../../lessons/styled-lines.js';
import { writeLines } from '../../output/write-lines.js';
import type { Paint } from '../../output/paint.js';
import type { CommandContext } from '../tool.js';
import type { LessonTool } from './lesson-entry.js';
import type { LessonWords } from './lesson-words.en.js';
import { proseWidth } from '../../output/prose-width.js';
import { plainTokens } from './plain-body.js';

/** Piped output wraps here; a terminal wraps at its width, up to this much. */
const defaultWidth = 80;

const looks: Record<SpanStyle, (paint: Paint, text: string) => string> = {
  heading: (paint, text) => paint.bold(paint.cyan(text)),
  subheading: (paint, text) => paint.bold(text),
  strong: (paint, text) => paint.bold(text),
  em: (paint, text) => paint.underline(text),
  code: (paint, text) => paint.cyan(text),
  codeblock: (paint, text) => paint.cyan(text),
  tableHeader: (paint, text) => paint.bold(text),
  muted: (paint, text) => paint.gray(text),
  link: (paint, text) => paint.underline(text),
};

function paintLine(line: StyledLine, paint: Paint): string {
  return line
    .map((span) => (span.style ? looks[span.style](paint, span.text) : span.text))
    .join('')
    .trimEnd();
}

/**
 * The lesson as terminal lines: the body as written, less what only the app offers (its "Try it"
 * names the command, which the loader checks against the front matter's `try`), then the questions.
 */
function lessonLines(lesson: Lesson, words: LessonWords, paint: Paint, width: number): string[] {
  const colour = paint.bold('x') !== 'x';
  const lines = renderMarkdown(plainTokens(lesson.tokens), { width, codeMarks: !colour }).map((line) =>
    paintLine(line, paint),
  );
  lines.push('', paint.bold(words.plain.questions));
  lesson.quiz.forEach((question, index) => {
    const number = `${index + 1}. `;
    lines.push(
      '',
      ...wrapWords([{ text: question.question }], width - number.length).map(
        (line, row) => (row === 0 ? number : '   ') + lineText(line),
      ),
    );
    question.options.forEach((option, choice) => {
      const label = `   ${optionLabel(choice)} `;
      lines.push(
        ...wrapWords([{ text: option }], width - label.length).map(
          (line, row) => (row === 0 ? label : ' '.repeat(label.length)) + lineText(line),
        ),
      );
    });
  });
  return lines;
}

/** `netlearn lesson <id>`: one lesson as readable text, or JSON with its Markdown body and quiz. */
export default async function run({
  args,
  lang,
  words,
  sources,
  json,
  paint,
  stdout,
}: CommandContext<LessonTool>): Promise<number> {
  const lesson = findLesson(sources.lessons(lang), args[0] ?? '');
  if (json) {
    const { id, title, tool, body, quiz } = lesson;
    stdout.write(`${JSON.stringify({ id, title, lang, tool, body, quiz })}\n`);
    return 0;
  }
  const width = proseWidth(stdout) ?? defaultWidth;
  await writeLines(stdout, lessonLines(lesson, words, paint, width));
  return 0;
}
