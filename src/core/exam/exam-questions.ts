import type { Question } from '../quiz/question.js';
import { createRandom } from '../quiz/random.js';
import { makeQuestion, noLessons } from '../quiz/topics.js';
import { InputError } from '../input-error.js';
import type { ExamSpec } from './exam-spec.js';
import { variantSeed } from './prints.js';

/** Draws before a repeated question is let through (a topic with few questions may run out). */
const freshTries = 40;

/** A student id as a teacher's roster writes it: printable, no commas, at most 40 characters. */
export function parseStudentId(text: string): string {
  const trimmed = text.trim();
  if (!/^[\p{L}\p{N}._@-]{1,40}$/u.test(trimmed)) throw new InputError('exam-student-invalid', { part: text });
  return trimmed;
}

/**
 * One student's questions: topics in turn (everyone gets the same mix), each question drawn from a
 * seed of the exam id and the student id, none asked twice, so the teacher can recompute them all.
 */
export function examQuestions(spec: ExamSpec, studentId: string): Question[] {
  const random = createRandom(variantSeed(spec.id, studentId));
  const asked = new Set<string>();
  const questions: Question[] = [];
  for (let n = 0; n < spec.count; n++) {
    const topic = spec.topics[n % spec.topics.length]!;
    let question = makeQuestion(random, topic, noLessons);
    for (let tries = 1; asked.has(JSON.stringify(question.data)) && tries < freshTries; tries++)
      question = makeQuestion(random, topic, noLessons);
    asked.add(JSON.stringify(question.data));
    questions.push(question);
  }
  return questions;
}
