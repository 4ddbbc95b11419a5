import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findContentRoot } from '../../src/lessons/content-root.js';
import { lessonIds, toolIds } from '../../src/lessons/lesson-ids.js';
import { loadLessons } from '../../src/lessons/load-lessons.js';
import { LessonFormatError, parseLesson } from '../../src/lessons/parse-lesson.js';
import { screenIds } from '../../src/tools/index.js';

const en = loadLessons('en');
const es = loadLessons('es');

describe('the lesson content', () => {
  test('both languages hold the eleven lessons in teaching order', () => {
    expect(en.map((l) => l.id)).toEqual([...lessonIds]);
    expect(es.map((l) => l.id)).toEqual([...lessonIds]);
    expect(lessonIds).toEqual(['server', 'client', 'socket', 'analogy', 'thread', 'host', 'address-tuple', 'ipv4', 'port', 'utf8', 'af-inet']);
  });

  test('each lesson asks the same questions, with the same right answers, in both languages', () => {
    en.forEach((lesson, i) => {
      const twin = es[i]!;
      expect(twin.quiz.map((q) => [q.id, q.answer, q.options.length])).toEqual(lesson.quiz.map((q) => [q.id, q.answer, q.options.length]));
      expect([twin.tool, twin.example]).toEqual([lesson.tool, lesson.example]);
    });
  });

  test('every lesson has a title, a body and one to three questions with 3-4 options and a valid answer', () => {
    for (const lesson of [...en, ...es]) {
      expect(lesson.title.trim()).not.toBe('');
      expect(lesson.body.length).toBeGreaterThan(200);
      expect(lesson.quiz.length).toBeGreaterThanOrEqual(1);
      expect(lesson.quiz.length).toBeLessThanOrEqual(3);
      for (const q of lesson.quiz) {
        expect(q.options.length).toBeGreaterThanOrEqual(3);
        expect(q.options.length).toBeLessThanOrEqual(4);
        expect(q.answer).toBeGreaterThanOrEqual(0);
        expect(q.answer).toBeLessThan(q.options.length);
        expect(q.explanation.trim()).not.toBe('');
      }
    }
  });

  test('question ids are unique across all lessons, so saved answers never collide', () => {
    const ids = en.flatMap((lesson) => lesson.quiz.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('no lesson carries placeholder text', () => {
    for (const lesson of [...en, ...es]) {
      expect(lesson.body).not.toMatch(/\b(TODO|TBD|FIXME)\b/);
      expect(lesson.body).not.toMatch(/\b(lorem|coming soon)\b/i);
    }
  });

  test('every tool a lesson opens is a real screen of the TUI', () => {
    for (const tool of toolIds) expect(screenIds()).toContain(tool);
    for (const lesson of [...en, ...es]) expect(screenIds()).toContain(lesson.tool);
  });

  test('the ipv4 lesson opens the converter on 192.168.1.10 and address-tuple starts the live demo', () => {
    expect(en.find((l) => l.id === 'ipv4')).toMatchObject({ tool: 'ip', example: '192.168.1.10' });
    expect(en.find((l) => l.id === 'address-tuple')).toMatchObject({ tool: 'demo' });
  });

  test('the content folder is found by walking up from the code', () => {
    expect(findContentRoot()).toMatch(/content$/);
  });
});

describe('the loader rejects broken lesson files', () => {
  const good = (extra = '') =>
    `---\nid: server\ntitle: Servers\ntool: demo\n${extra}quiz:\n  - id: q1\n    question: "Who waits?"\n    options: ["server", "client", "router"]\n    answer: 0\n    explanation: "The server waits."\n---\n# Servers\n\nA server waits.\n`;

  test('a well-formed file parses', () => {
    const lesson = parseLesson(good('example: "5050"\n'), 'en', 'x.md');
    expect(lesson).toMatchObject({ id: 'server', title: 'Servers', tool: 'demo', example: '5050', body: '# Servers\n\nA server waits.' });
    expect(lesson.quiz[0]).toEqual({ id: 'q1', question: 'Who waits?', options: ['server', 'client', 'router'], answer: 0, explanation: 'The server waits.' });
  });

  test.each([
    ['an answer index out of range', good().replace('answer: 0', 'answer: 3'), 'answer must be an option index from 0 to 2'],
    ['a tool that is no screen', good().replace('tool: demo', 'tool: browser'), 'tool "browser" is not a screen'],
    ['an unknown id', good().replace('id: server', 'id: servers'), 'id "servers" is not a known lesson id'],
    ['an empty body', good().replace('# Servers\n\nA server waits.\n', ''), 'the body is empty'],
    ['placeholder text', good().replace('A server waits.', 'TODO: write this'), 'placeholder text "TODO"'],
    ['two options only', good().replace('"server", "client", "router"', '"server", "client"'), 'options must be 3 or 4'],
    ['no front matter', '# Servers\n', 'no YAML front matter'],
    ['broken YAML', good().replace('title: Servers', 'title: [Servers'), 'front matter is not valid YAML'],
  ])('%s', (_name, source, problem) => {
    expect(() => parseLesson(source, 'en', 'x.md')).toThrow(LessonFormatError);
    expect(() => parseLesson(source, 'en', 'x.md')).toThrow(problem);
  });

  test('a language folder missing a lesson is refused, naming the expected order', () => {
    const root = mkdtempSync(join(tmpdir(), 'netlearn-content-'));
    mkdirSync(join(root, 'en'));
    writeFileSync(join(root, 'en', '01-server.md'), good());
    expect(() => loadLessons('en', root)).toThrow(/lessons must be server, client, socket/);
  });
});
