import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answerPrint, canonicalAnswer, expectedPrint } from '../../../src/core/exam/answer-print.js';
import { checkAnswer } from '../../../src/core/quiz/check-answer.js';
import { generatedTopics } from '../../../src/core/quiz/question.js';
import { createRandom } from '../../../src/core/quiz/random.js';
import { makeQuestion, noLessons } from '../../../src/core/quiz/topics.js';

/** Spellings a learner might type: the answer as given, reshaped, a choice's number, near misses. */
function spellings(expected: string, choices: readonly string[] = []): string[] {
  return [
    expected,
    ` ${expected.toLowerCase()} `,
    expected.toUpperCase(),
    expected.replace(/\./g, ' '),
    expected.replace(/(..)/g, '$1 '),
    `0x${expected}`,
    `/${expected}`,
    `${expected}0`,
    expected.slice(1),
    expected.replace(/^(\d+)/, '0$1'),
    ...choices.map((_, i) => String(i + 1)),
    ...choices,
    'registrados',
    '',
    '4',
  ];
}

describe('answer prints', () => {
  test('two answers print alike exactly when checkAnswer judges them alike against the question', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...generatedTopics), (seed, topic) => {
        const question = makeQuestion(createRandom(seed), topic, noLessons);
        for (const answer of spellings(question.expected, question.choices)) {
          const same = canonicalAnswer(question, answer) === canonicalAnswer(question, question.expected);
          expect(same, `${topic} "${answer}" for "${question.expected}"`).toBe(checkAnswer(question, answer).correct);
          const matches = answerPrint('X', 's', 0, question, answer) === expectedPrint('X', 's', 0, question);
          expect(matches).toBe(checkAnswer(question, answer).correct);
        }
      }),
      { numRuns: 400 },
    );
  });
});
