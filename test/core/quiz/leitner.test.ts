import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/quiz/random.js';
import { nextQuestion, noLessons } from '../../../src/core/quiz/topics.js';
import {
  emptyLeitner,
  isDue,
  nextCandidates,
  readLeitner,
  review,
  startSession,
} from '../../../src/core/quiz/leitner.js';

describe('the Leitner schedule', () => {
  it('a new item sits in box 1 and is due now', () => {
    const state = startSession(emptyLeitner());
    expect(isDue(state, 'mask:prefix-to-mask')).toBe(true);
  });

  it('a right answer moves the card up a box and away for 2^(box-1) sessions', () => {
    let state = startSession(emptyLeitner());
    state = review(state, 'a', true);
    expect(state.cards.a).toEqual({ box: 2, due: 3 });
    expect(isDue(state, 'a')).toBe(false);
    state = startSession(state);
    expect(isDue(state, 'a')).toBe(false);
    state = startSession(state);
    expect(isDue(state, 'a')).toBe(true);
  });

  it('box 5 is the top', () => {
    let state = startSession(emptyLeitner());
    for (let i = 0; i < 8; i++) state = review(state, 'a', true);
    expect(state.cards.a!.box).toBe(5);
  });

  it('a wrong answer sends the card back to box 1', () => {
    let state = startSession(emptyLeitner());
    state = review(review(review(state, 'a', true), 'a', true), 'a', false);
    expect(state.cards.a).toEqual({ box: 1, due: 2 });
  });

  it('asks due items first, lowest box first', () => {
    let state = startSession(emptyLeitner());
    state = review(state, 'known', true);
    expect(nextCandidates(state, ['known', 'new-a', 'new-b'])).toEqual(['new-a', 'new-b']);
  });

  it('when nothing is due, the least learned items come back', () => {
    let state = startSession(emptyLeitner());
    state = review(review(state, 'a', true), 'a', true);
    state = review(state, 'b', true);
    expect(nextCandidates(state, ['a', 'b'])).toEqual(['b']);
  });

  it('saved data that is broken is dropped, the rest kept', () => {
    const state = readLeitner({ session: 4, cards: { ok: { box: 3, due: 8 }, bad: { box: 9, due: 1 }, worse: 'x' } });
    expect(state).toEqual({ session: 4, cards: { ok: { box: 3, due: 8 } } });
    expect(readLeitner('nonsense')).toEqual(emptyLeitner());
  });
});

describe('the next practice question', () => {
  it('comes from the least learned kind of the topic', () => {
    let state = startSession(emptyLeitner());
    state = review(state, 'mask:prefix-to-mask', true);
    for (let i = 0; i < 10; i++)
      expect(nextQuestion(createRandom(i), state, 'mask', noLessons).kind).toBe('mask-to-prefix');
  });

  it('a mix draws on every generated topic', () => {
    const random = createRandom(5);
    const state = startSession(emptyLeitner());
    const topics = new Set(Array.from({ length: 200 }, () => nextQuestion(random, state, undefined, noLessons).topic));
    expect([...topics].sort()).toEqual(['binary', 'decimal', 'ipv6', 'mask', 'port', 'subnet', 'tuple', 'utf8']);
  });
});
