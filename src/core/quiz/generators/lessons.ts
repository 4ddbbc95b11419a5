import type { Random } from '../random.js';
import type { QuestionOfTopic } from '../question.js';

/** A lesson's check question as the lesson loader hands it over: plain data, no files read here. */
export interface LessonCheck {
  lesson: string;
  id: string;
  question: string;
  options: readonly string[];
  /** Index of the right option. */
  answer: number;
  explanation: string;
}

/** One of the lessons' own check questions; the answer is the number of the right option. */
export function lessonQuestion(random: Random, pool: readonly LessonCheck[], id?: string): QuestionOfTopic<'lessons'> {
  return asQuestion(pool.find((item) => item.id === id) ?? random.pick(pool));
}

/** The check question with this id, from a pool (another language's, say); undefined if it has none. */
export function lessonQuestionById(pool: readonly LessonCheck[], id: string): QuestionOfTopic<'lessons'> | undefined {
  const check = pool.find((item) => item.id === id);
  return check ? asQuestion(check) : undefined;
}

function asQuestion(check: LessonCheck): QuestionOfTopic<'lessons'> {
  return {
    topic: 'lessons',
    kind: check.id,
    data: { lesson: check.lesson, id: check.id, question: check.question, options: check.options },
    expected: String(check.answer + 1),
    shape: 'option',
    choices: check.options,
    solution: { type: 'lesson', explanation: check.explanation },
  };
}

/** A lesson as the loader returns it, reduced to what the quiz needs. */
interface LessonWithChecks {
  id: string;
  quiz: readonly { id: string; question: string; options: readonly string[]; answer: number; explanation: string }[];
}

/** Every check question of every lesson, in teaching order. */
export function lessonChecks(lessons: readonly LessonWithChecks[]): LessonCheck[] {
  return lessons.flatMap((lesson) => lesson.quiz.map((check) => ({ lesson: lesson.id, ...check })));
}
