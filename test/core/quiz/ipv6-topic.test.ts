import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipv6KindBlock } from '../../../src/core/ipv6-kind.js';
import { expandIPv6, formatIPv6, parseIPv6 } from '../../../src/core/ipv6.js';
import { checkAnswer } from '../../../src/core/quiz/check-answer.js';
import { ipv6Kinds } from '../../../src/core/quiz/generators/ipv6.js';
import { createRandom } from '../../../src/core/quiz/random.js';
import { makeQuestion, noLessons } from '../../../src/core/quiz/topics.js';
import enWords from '../../../src/tools/practice/words.en.js';
import esWords from '../../../src/tools/practice/words.es.js';

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const question = (seed: number, kind: string) => makeQuestion(createRandom(seed), 'ipv6', noLessons, kind);

describe('the IPv6 practice topic', () => {
  it('compress: the expected answer is the canonical form of the full form shown', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const q = question(seed, 'compress');
        if (q.topic !== 'ipv6') throw new Error('not ipv6');
        expect(q.expected).toBe(formatIPv6(parseIPv6(q.data.address!).value));
        expect(checkAnswer(q, q.expected.toUpperCase()).correct).toBe(true);
        // The same address, but not the short form: wrong, since the form is the lesson.
        expect(checkAnswer(q, expandIPv6(parseIPv6(q.expected).value)).correct).toBe(q.expected === q.data.address);
      }),
      { numRuns: 200 },
    );
  });

  it('expand: the expected answer is the full form', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const q = question(seed, 'expand');
        if (q.topic !== 'ipv6') throw new Error('not ipv6');
        expect(q.expected).toBe(expandIPv6(parseIPv6(q.data.address!).value));
      }),
      { numRuns: 200 },
    );
  });

  it('kind: the address really is of the expected kind, answered by number or name', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const q = question(seed, 'kind');
        if (q.topic !== 'ipv6') throw new Error('not ipv6');
        expect(ipv6KindBlock(parseIPv6(q.data.address!).value).kind).toBe(q.expected);
        expect(checkAnswer(q, String(q.choices!.indexOf(q.expected) + 1)).correct).toBe(true);
        expect(checkAnswer(q, q.expected).correct).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('prefix-count: a /64 count is 2 to the difference', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const q = question(seed, 'prefix-count');
        if (q.topic !== 'ipv6') throw new Error('not ipv6');
        expect(q.expected).toBe(String(2 ** (q.data.inner! - q.data.outer!)));
        expect(q.data.inner!).toBeGreaterThan(q.data.outer!);
      }),
      { numRuns: 200 },
    );
  });

  it('every kind is worded in both languages, with its worked solution', () => {
    for (const words of [enWords, esWords]) {
      for (const kind of ipv6Kinds) {
        const q = question(7, kind);
        expect(words.prompt(q)).not.toMatch(/undefined|NaN/);
        expect(words.solution(q.solution).join(' ')).not.toMatch(/undefined|NaN/);
      }
      expect(words.topicNames.ipv6).toMatch(/IPv6/);
    }
  });

  it('kind: typing a kind as the prompt prints it is right, in English and in Spanish', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const q = question(seed, 'kind');
        if (q.topic !== 'ipv6') throw new Error('not ipv6');
        for (const words of [enWords, esWords]) {
          // The prompt lists "1 loopback, 2 link-local, ..."; take the text after the right number.
          const prompt = words.prompt(q);
          const number = (q.choices?.indexOf(q.expected) ?? 0) + 1;
          const printed = new RegExp(`[?,] ${number} ([^,.]+(?:\\.\\S+)?)`).exec(prompt)![1]!;
          expect(checkAnswer(q, printed).correct).toBe(true);
          expect(checkAnswer(q, printed.toUpperCase()).correct).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("kind: a wrong answer shows the right kind in the learner's language, with its number", () => {
    const q = question(7, 'kind');
    if (q.topic !== 'ipv6') throw new Error('not ipv6');
    const asked = { ...q, expected: 'global-unicast' };
    const number = q.choices!.indexOf('global-unicast') + 1;
    expect(esWords.expectedText(asked)).toBe(`unicast global (${number})`);
    expect(enWords.expectedText(asked)).toBe(`global unicast (${number})`);
    expect(esWords.expectedText({ ...q, expected: 'link-local' })).toContain('de enlace local');
  });
});
