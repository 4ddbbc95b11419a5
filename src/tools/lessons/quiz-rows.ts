import { optionLabel } from '../../core/quiz/option-label.js';
import type { QuizQuestion } from '../../lessons/lesson.js';
import { lineText, wrapWords } from '../../lessons/styled-lines.js';
import type { LessonWords } from './lesson-words.en.js';

/** What a row of the quiz view is, so the view picks its colour. */
export type QuizTone = 'heading' | 'question' | 'option' | 'selected' | 'right' | 'wrong' | 'explanation' | 'done';

export interface QuizRow {
  text: string;
  tone: QuizTone;
  /** On an option's first row: what a screen reader says of it (the cursor is on it, it was answered). */
  option?: { selected: boolean; checked: boolean };
}

export interface QuizRowsInput {
  question: QuizQuestion;
  /** Position among the lesson's questions, from 0. */
  index: number;
  total: number;
  /** The option the cursor is on. */
  choice: number;
  /** The option last answered, if any. */
  answered: number | undefined;
  lessonDone: boolean;
  /** Once every question has an answer: how many were right on the first try, and whether all are right now. */
  tally?: { right: number; total: number; done: boolean; last?: boolean };
  words: LessonWords;
  width: number;
}

const wrap = (text: string, width: number) => wrapWords([{ text }], Math.max(8, width)).map(lineText);

/**
 * One question as rows no wider than `width`: heading, question, numbered options, then the
 * feedback and explanation once answered. `focus` is the row that must stay in view.
 */
export function quizRows({
  question,
  index,
  total,
  choice,
  answered,
  lessonDone,
  tally,
  words,
  width,
}: QuizRowsInput): {
  rows: QuizRow[];
  focus: number;
} {
  const rows: QuizRow[] = [{ text: words.quiz.heading({ index: index + 1, total }), tone: 'heading' }];
  for (const text of wrap(question.question, width)) rows.push({ text, tone: 'question' });
  rows.push({ text: '', tone: 'option' });
  let focus = 0;
  question.options.forEach((option, i) => {
    const mark = answered === i ? (i === question.answer ? '✓' : '✗') : i === choice ? '›' : ' ';
    const label = `${mark} ${optionLabel(i)} `;
    const tone: QuizTone =
      answered !== undefined && i === question.answer
        ? 'right'
        : answered === i
          ? 'wrong'
          : i === choice
            ? 'selected'
            : 'option';
    wrap(option, width - label.length).forEach((text, row) =>
      rows.push({
        text: (row === 0 ? label : ' '.repeat(label.length)) + text,
        tone,
        ...(row === 0 ? { option: { selected: i === choice, checked: answered === i } } : {}),
      }),
    );
    if (i === choice) focus = rows.length - 1;
  });
  if (answered !== undefined) {
    rows.push({ text: '', tone: 'option' });
    const right = answered === question.answer;
    const feedback = right
      ? words.quiz.right
      : words.quiz.wrong({ answer: `${optionLabel(question.answer)} ${question.options[question.answer]}` });
    for (const text of wrap(feedback, width)) rows.push({ text, tone: right ? 'right' : 'wrong' });
    for (const text of wrap(question.explanation, width)) rows.push({ text, tone: 'explanation' });
    focus = rows.length - 1;
  }
  // The summary closes the round: how many right, what to do next, and what "done" takes.
  if (tally && answered !== undefined) {
    rows.push({ text: '', tone: 'option' });
    const allRight = tally.done;
    const summary = (tally.last ? words.quiz.summaryLast : words.quiz.summary)(tally);
    for (const text of wrap(summary, width)) rows.push({ text, tone: allRight ? 'done' : 'heading' });
    if (!allRight) for (const text of wrap(words.quiz.doneRule, width)) rows.push({ text, tone: 'explanation' });
    focus = rows.length - 1;
  } else if (lessonDone) {
    rows.push({ text: '', tone: 'option' });
    for (const text of wrap(words.quiz.allRight, width)) rows.push({ text, tone: 'done' });
    if (answered !== undefined) focus = rows.length - 1;
  }
  return { rows, focus };
}

/** Where a window of `height` rows starts so that the focused row is in view. */
export function quizTop(rowCount: number, focus: number, height: number): number {
  return Math.max(0, Math.min(focus - height + 1, rowCount - height));
}
