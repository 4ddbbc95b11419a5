import { checkAnswer } from '../../../src/core/quiz/check-answer.js';
import type { Question } from '../../../src/core/quiz/question.js';
import { createRandom, type Random } from '../../../src/core/quiz/random.js';
import { examQuestions } from '../../../src/core/exam/exam-questions.js';
import { examCode } from '../../../src/core/exam/exam-grade.js';
import type { ExamSpec } from '../../../src/core/exam/exam-spec.js';

/** The exam: four topics, twelve questions, twenty minutes. */
export const parcial: ExamSpec = {
  id: 'K7M2X9QA',
  title: 'Parcial 1',
  topics: ['binary', 'subnet', 'port', 'utf8'],
  count: 12,
  minutes: 20,
};

/** A wrong answer a student could give: another choice, or a near miss of the right text. */
function wrongAnswer(question: Question, random: Random): string {
  if (question.choices) {
    const others = question.choices.map((_, i) => String(i + 1)).filter((n) => !checkAnswer(question, n).correct);
    return random.pick(others);
  }
  return random.pick([`${question.expected}1`, '42', '', '10.0.0.0', 'C3']);
}

export interface SimulatedStudent {
  studentId: string;
  questions: Question[];
  answers: string[];
  /** The score the student's own machine judged, answer by answer. */
  correct: number;
  seconds: number;
  code: string;
}

/** `size` students, each answering about two thirds right, in their own spellings of the right answer. */
export function simulatedClass(spec: ExamSpec, size: number, seed = 2026): SimulatedStudent[] {
  const random = createRandom(seed);
  return Array.from({ length: size }, (_, i) => {
    const studentId = String(20_000 + i);
    const questions = examQuestions(spec, studentId);
    const answers = questions.map((question) =>
      random.int(0, 2) > 0 ? spelledRight(question, random) : wrongAnswer(question, random),
    );
    const correct = questions.filter((question, n) => checkAnswer(question, answers[n]!).correct).length;
    const seconds = random.int(60, spec.minutes * 60);
    return { studentId, questions, answers, correct, seconds, code: examCode(spec, studentId, answers, seconds) };
  });
}

/** The right answer as a student might type it: as given, lower case, spaced, or the choice's number. */
function spelledRight(question: Question, random: Random): string {
  if (question.choices && random.int(0, 1) === 0) return String(question.choices.indexOf(question.expected) + 1);
  const { expected } = question;
  return random.pick([expected, ` ${expected.toLowerCase()} `, expected.replace(/(..)/g, '$1 ')]);
}
