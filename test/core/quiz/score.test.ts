import { describe, expect, it } from 'vitest';
import { accuracy, emptyScore, readScore, recordAnswer } from '../../../src/core/quiz/score.js';

describe('scoring', () => {
  it('counts right answers, the streak and each topic', () => {
    let score = emptyScore();
    score = recordAnswer(score, 'binary', true);
    score = recordAnswer(score, 'binary', true);
    score = recordAnswer(score, 'port', false);
    score = recordAnswer(score, 'port', true);
    expect(score).toEqual({
      correct: 3,
      total: 4,
      streak: 1,
      bestStreak: 2,
      byTopic: { binary: { correct: 2, total: 2 }, port: { correct: 1, total: 2 } },
    });
  });

  it('accuracy is a whole percent, undefined before any answer', () => {
    expect(accuracy({ correct: 2, total: 3 })).toBe(67);
    expect(accuracy({ correct: 0, total: 0 })).toBeUndefined();
  });

  it('reads back saved scores, dropping broken parts', () => {
    expect(
      readScore({ correct: 2, total: 3, streak: 1, bestStreak: 2, byTopic: { port: { correct: 5, total: 1 } } }),
    ).toEqual({
      correct: 2,
      total: 3,
      streak: 1,
      bestStreak: 2,
      byTopic: {},
    });
  });
});
