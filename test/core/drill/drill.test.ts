import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  checkDrillAnswer,
  drillQuestion,
  drillTopics,
  parseDrillTopic,
} from '../../../src/core/drill/drill-questions.js';
import {
  answersPerMinute,
  emptyDrillStats,
  readDrillBests,
  recordDrillAnswer,
  slowKinds,
} from '../../../src/core/drill/drill-stats.js';
import { createRandom } from '../../../src/core/quiz/random.js';
import { codeOf } from '../input-error-of.js';

describe('drills', () => {
  test('every drill question takes its own expected answer and refuses another', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...drillTopics), (seed, topic) => {
        const question = drillQuestion(createRandom(seed), topic);
        expect(checkDrillAnswer(question, question.expected)).toBe(true);
        expect(checkDrillAnswer(question, `${question.expected}9`)).toBe(false);
      }),
    );
  });

  test('hex is read in any case, with 0x or without a leading zero', () => {
    const question = { topic: 'hex', kind: 'to-hex', data: { value: 10 }, expected: '0A' } as const;
    for (const answer of ['0A', 'a', '0x0a', ' A ']) expect(checkDrillAnswer(question, answer)).toBe(true);
    expect(checkDrillAnswer(question, '10')).toBe(false);
  });

  test('an unknown drill names the closest one', () => {
    expect(codeOf(() => parseDrillTopic('hexa'))).toBe('drill-topic-unknown');
  });

  test('a streak breaks on a wrong answer; the best streak stays', () => {
    let stats = emptyDrillStats();
    for (const correct of [true, true, true, false, true]) stats = recordDrillAnswer(stats, 'range', correct, 1000);
    expect([stats.streak, stats.bestStreak, stats.correct, stats.answered]).toEqual([1, 3, 4, 5]);
  });

  test('answers per minute counts right answers only, over the time taken', () => {
    let stats = emptyDrillStats();
    for (const correct of [true, true, false]) stats = recordDrillAnswer(stats, 'to-hex', correct, 1000);
    expect(answersPerMinute(stats, 30_000)).toBe(4);
  });

  test('the slow kinds come slowest first, with their mean time', () => {
    let stats = emptyDrillStats();
    stats = recordDrillAnswer(stats, 'to-bits', true, 9000);
    stats = recordDrillAnswer(stats, 'to-bits', true, 7000);
    stats = recordDrillAnswer(stats, 'to-decimal', true, 3000);
    expect(slowKinds(stats)).toEqual([
      { kind: 'to-bits', seconds: 8, count: 2 },
      { kind: 'to-decimal', seconds: 3, count: 1 },
    ]);
  });

  test('saved bests keep only numbers', () => {
    expect(readDrillBests({ binary: 3.5, hex: 'fast', port: -1 })).toEqual({ binary: 3.5 });
  });
});
