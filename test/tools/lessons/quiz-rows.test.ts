import { describe, expect, test } from 'vitest';
import type { QuizQuestion } from '../../../src/lessons/lesson.js';
import words from '../../../src/tools/lessons/lesson-words.en.js';
import { quizRows } from '../../../src/tools/lessons/quiz-rows.js';
import { readerReducer, initialReaderState } from '../../../src/tools/lessons/use-reader-state.js';

const question: QuizQuestion = {
  id: 'q',
  question: 'Who starts the connection?',
  options: ['The server', 'The client', 'The router'],
  answer: 1,
  explanation: 'The client calls connect().',
};
const base = { question, index: 0, total: 2, lessonDone: false, words, width: 40 };

describe('a check question on screen', () => {
  test('before answering: the options numbered, the cursor on one', () => {
    const { rows, focus } = quizRows({ ...base, choice: 2, answered: undefined });
    expect(rows.map((row) => row.text)).toEqual([
      'Question 1 of 2',
      'Who starts the connection?',
      '',
      '  a) The server',
      '  b) The client',
      '› c) The router',
    ]);
    expect(focus).toBe(5);
  });

  test('a wrong answer is marked, the right one named, and the explanation follows at once', () => {
    const { rows } = quizRows({ ...base, choice: 0, answered: 0 });
    expect(rows.slice(3).map((row) => [row.text, row.tone])).toEqual([
      ['✗ a) The server', 'wrong'],
      ['  b) The client', 'right'],
      ['  c) The router', 'option'],
      ['', 'option'],
      ['Not quite. The right answer: b) The', 'wrong'],
      ['client', 'wrong'],
      ['The client calls connect().', 'explanation'],
    ]);
  });

  test('a right answer says so, and the last one says the lesson is done', () => {
    const { rows } = quizRows({ ...base, choice: 1, answered: 1, lessonDone: true });
    expect(rows.map((row) => row.text)).toContain('✓ b) The client');
    expect(rows.map((row) => row.text)).toContain('Right!');
    expect(
      rows
        .slice(-2)
        .map((row) => row.text)
        .join(' '),
    ).toBe('Every question answered right: lesson done.');
  });
});

test('once all are answered, a summary says how many are right and what done takes', () => {
  const missed = quizRows({
    ...base,
    choice: 0,
    answered: 0,
    lessonDone: false,
    tally: { right: 1, total: 2, done: false },
  });
  const text = missed.rows.map((row) => row.text).join(' ');
  expect(text).toContain('1 of 2 right on the first try. r: retry the ones you missed · n: next lesson.');
  expect(text).toContain('A lesson counts as done once every one of its questions is answered right.');
  const all = quizRows({
    ...base,
    choice: 1,
    answered: 1,
    lessonDone: true,
    tally: { right: 1, total: 2, done: true },
  });
  expect(
    all.rows
      .filter((row) => row.tone === 'done')
      .map((row) => row.text)
      .join(' '),
  ).toBe('1 of 2 right on the first try. Lesson done: n for the next lesson.');
});

describe('the reader state', () => {
  test('opening the questions, choosing and going back to the text', () => {
    const quiz = readerReducer(initialReaderState, { type: 'quiz', question: 1, choice: 2 });
    expect(quiz).toMatchObject({ mode: 'quiz', question: 1, choice: 2 });
    expect(readerReducer(quiz, { type: 'choose', choice: 0 }).choice).toBe(0);
    expect(readerReducer(quiz, { type: 'read' }).mode).toBe('read');
  });

  test('a new search query puts the cursor back on the first hit', () => {
    const searching = readerReducer(readerReducer(initialReaderState, { type: 'search' }), { type: 'hit', hit: 4 });
    expect(readerReducer(searching, { type: 'query', query: 'port' })).toMatchObject({
      mode: 'search',
      query: 'port',
      hit: 0,
    });
  });
});
