import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/core/quiz/check-answer.js';
import { generatedTopics } from '../../../src/core/quiz/question.js';
import { createRandom } from '../../../src/core/quiz/random.js';
import { makeQuestion } from '../../../src/core/quiz/topics.js';
import { quizSource } from '../../../src/lessons/quiz-source.js';
import enWords from '../../../src/tools/practice/words.en.js';
import esWords from '../../../src/tools/practice/words.es.js';
import { emptyPracticeProgress } from '../../../src/tools/practice/practice-progress.js';
import { bottomRows, fitRows, topRows } from '../../../src/tools/practice/practice-rows.js';
import { initialPractice, practiceReducer } from '../../../src/tools/practice/practice-state.js';

describe('the Practice screen at 60x20', () => {
  // 60 columns less the body's padding; 20 rows less header, footer (two rows) and the spare row.
  const width = 58;
  const height = 14;

  it('every worked solution fits, in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const words = { en: enWords, es: esWords }[lang];
      const source = quizSource(lang);
      const random = createRandom(7);
      for (const topic of [...generatedTopics, 'lessons' as const]) {
        for (let i = 0; i < 30; i++) {
          const question = makeQuestion(random, topic, source);
          let state = practiceReducer(initialPractice(), { type: 'ask', topic, question });
          state = practiceReducer(state, { type: 'judge', answer: 'x', verdict: checkAnswer(question, 'x') });
          const bottom = bottomRows(state, emptyPracticeProgress(), words, width);
          const rows = fitRows(
            topRows(state, emptyPracticeProgress(), [...generatedTopics], words, width),
            bottom.length,
            height,
          );
          expect(rows.length + bottom.length).toBeLessThanOrEqual(height);
          for (const row of [...rows, ...bottom]) expect(row.text.length, row.text).toBeLessThanOrEqual(width);
          // The verdict and the first line of the solution always stay in view.
          expect(
            rows.some((row) => row.tone === 'wrong'),
            `${lang} ${topic} ${JSON.stringify(question.data).slice(0, 80)}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('the Practice state', () => {
  it('moves round the menu', () => {
    const state = practiceReducer(initialPractice(), { type: 'move', by: -1, count: 9 });
    expect(state.selected).toBe(8);
  });

  it('a reset returns to the menu and says so', () => {
    let state = practiceReducer(initialPractice(), { type: 'confirm-reset' });
    expect(state.confirmingReset).toBe(true);
    state = practiceReducer(state, { type: 'reset-done' });
    expect(state).toMatchObject({ phase: 'choose', confirmingReset: false, notice: 'reset' });
  });

  it('the same typed text changes nothing', () => {
    const state = practiceReducer(initialPractice(), { type: 'type', text: 'a' });
    expect(practiceReducer(state, { type: 'type', text: 'a' })).toBe(state);
  });
});
