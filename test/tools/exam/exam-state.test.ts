import { describe, expect, test } from 'vitest';
import { examReducer, initialExam } from '../../../src/tools/exam/exam-state.js';

describe('the exam screen state', () => {
  test('the timer starts with the first question, and the last answer ends the exam with the seconds taken', () => {
    let state = examReducer(initialExam(), { type: 'start', now: 1000 });
    state = examReducer(state, { type: 'submit', answer: 'a', now: 5000, count: 2 });
    expect([state.phase, state.index]).toEqual(['question', 1]);
    state = examReducer(state, { type: 'submit', answer: '', now: 31_000, count: 2 });
    expect(state).toMatchObject({ phase: 'done', answers: ['a', ''], seconds: 30, timeUp: false });
  });

  test('the time limit ends it with the answers so far; nothing changes afterwards', () => {
    let state = examReducer(initialExam(), { type: 'start', now: 0 });
    state = examReducer(state, { type: 'submit', answer: 'a', now: 1, count: 3 });
    state = examReducer(state, { type: 'type', text: 'half typed' });
    state = examReducer(state, { type: 'time-up', limitSeconds: 600 });
    expect(state).toMatchObject({ phase: 'done', answers: ['a'], seconds: 600, timeUp: true });
    expect(examReducer(state, { type: 'submit', answer: 'late', now: 2, count: 3 })).toBe(state);
  });

  test('before the start, typing and answering do nothing', () => {
    const state = initialExam();
    expect(examReducer(state, { type: 'type', text: 'x' })).toBe(state);
    expect(examReducer(state, { type: 'submit', answer: 'x', now: 0, count: 1 })).toBe(state);
  });
});
