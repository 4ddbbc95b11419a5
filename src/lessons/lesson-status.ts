import type { Lesson } from './lesson.js';

/** Chosen option index per question id. */
export type Answers = Readonly<Record<string, number>>;

/** A lesson is done once every one of its questions has been answered right. */
export function allAnsweredRight(lesson: Lesson, answers: Answers): boolean {
  return lesson.quiz.every((question) => answers[question.id] === question.answer);
}

/** The lesson before or after, or undefined at either end. */
export function neighbour(lessons: readonly Lesson[], id: string, step: 1 | -1): Lesson | undefined {
  const index = lessons.findIndex((lesson) => lesson.id === id);
  return index === -1 ? undefined : lessons[index + step];
}
