import { choiceByName, choiceIndex, readCount, readHex, readRangeName } from '../quiz/check-answer.js';
import { readOptionChoice } from '../quiz/option-label.js';
import type { Question } from '../quiz/question.js';
import { mixedHash } from './prints.js';

/** Bits of each answer the code carries: one base32 character. */
const answerPrintBits = 5;

/** Marks text that is not a valid form of its shape, so it can never equal a canonical answer. */
const unreadable = (text: string) => `\u0000${text}`;

/**
 * An answer in the one form every spelling of it shares, with the leniency of checkAnswer: two
 * answers checkAnswer treats alike (`C3 A9` and `0xc3a9`, `2` and `registered`) read the same here.
 */
export function canonicalAnswer(question: Question, answer: string): string {
  const trimmed = answer.trim();
  if (trimmed === '') return '';
  const compact = trimmed.replace(/\s/g, '');
  switch (question.shape) {
    case 'bits':
      return trimmed.replace(/[\s.]/g, '');
    case 'address':
      return compact;
    case 'prefix':
      return compact.replace(/^\//, '');
    case 'count':
      return readCount(trimmed) ?? unreadable(trimmed);
    case 'hex':
      return readHex(trimmed) ?? unreadable(trimmed);
    case 'range': {
      const index = choiceIndex(trimmed, question);
      return index === undefined ? (readRangeName(trimmed) ?? unreadable(trimmed)) : question.choices![index]!;
    }
    case 'port': {
      const index = choiceIndex(trimmed, question);
      return index === undefined ? (choiceByName(trimmed, question) ?? trimmed) : question.choices![index]!;
    }
    case 'ipv6':
      return compact.toLowerCase();
    case 'option': {
      const index = readOptionChoice(trimmed, question.choices?.length ?? 0);
      return index === undefined ? unreadable(trimmed.toLowerCase()) : String(index + 1);
    }
  }
}

/** Where an answer sits: the same answer prints differently in another exam, for another student or question. */
function printOf(examId: string, studentId: string, n: number, canonical: string): number {
  return mixedHash(`${examId}\u0000${studentId}\u0000${n}\u0000${canonical}`) % 2 ** answerPrintBits;
}

/** The print the right answer to question `n` has: what grading compares each answer's print with. */
export function expectedPrint(examId: string, studentId: string, n: number, question: Question): number {
  return printOf(examId, studentId, n, canonicalAnswer(question, question.expected));
}

/**
 * The print of one answer. A wrong answer that would print like the right one is moved to the next
 * print (the student's machine knows the questions: no secret is lost), so a print matches the right
 * answer's exactly when the answer is right and grading never credits a wrong answer by luck.
 */
export function answerPrint(examId: string, studentId: string, n: number, question: Question, answer: string): number {
  const canonical = canonicalAnswer(question, answer);
  const right = expectedPrint(examId, studentId, n, question);
  if (canonical === canonicalAnswer(question, question.expected)) return right;
  const print = printOf(examId, studentId, n, canonical);
  return print === right ? (print + 1) % 2 ** answerPrintBits : print;
}
