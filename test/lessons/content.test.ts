import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findContentRoot } from '../../src/lessons/content-root.js';
import { LessonFormatError } from '../../src/lessons/lesson-format-error.js';
import { isLessonId, lessonIds } from '../../src/lessons/lesson-ids.js';
import { loadLessons } from '../../src/lessons/load-lessons.js';
import { parseLesson } from '../../src/lessons/parse-lesson.js';
import { readLessons } from '../../src/lessons/read-lessons.js';
import { screenIds } from '../../src/tools/index.js';

const en = loadLessons('en');
const es = loadLessons('es');

describe('the lesson content', () => {
  test('both languages hold the same lessons in the same order, the order of the file numbers', () => {
    expect(en.length).toBeGreaterThan(0);
    expect(es.map((l) => l.id)).toEqual(en.map((l) => l.id));
    expect(en.map((l) => l.id)).toEqual(lessonIds());
    const files = readdirSync(join(findContentRoot(), 'es')).filter((name) => name.endsWith('.md'));
    expect(files.map((name) => name.replace(/^\d+-|\.md$/g, ''))).toEqual(es.map((l) => l.id));
  });

  test('each lesson asks the same questions, with the same right answers, in both languages', () => {
    en.forEach((lesson, i) => {
      const twin = es[i]!;
      expect(twin.quiz.map((q) => [q.id, q.answer, q.options.length])).toEqual(
        lesson.quiz.map((q) => [q.id, q.answer, q.options.length]),
      );
      expect([twin.tool, twin.example, twin.tryCommand]).toEqual([lesson.tool, lesson.example, lesson.tryCommand]);
    });
  });

  test('each "Try it" names its command and the app\'s t key in one sentence, in both languages', () => {
    for (const lesson of [...en, ...es]) {
      const paragraph = lesson.body.split('\n\n').find((block) => block.includes(`\`${lesson.tryCommand}\``));
      const where = { id: lesson.id, lang: lesson.lang };
      expect({ ...where, paragraph }).toMatchObject({ paragraph: expect.stringMatching(/(press|apretá) `t`/) });
    }
    expect(en.find((l) => l.id === 'ipv4')!.tryCommand).toBe('netlearn ip 192.168.1.10');
  });

  test('saved progress knows a lesson id by its file name', () => {
    expect(isLessonId('ipv4')).toBe(true);
    expect(isLessonId('ipv5')).toBe(false);
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
  const good = (extra = '', id = 'server') =>
    `---\nid: ${id}\ntitle: Servers\ntool: demo\ntry: netlearn demo\n${extra}quiz:\n  - id: q1\n    question: "Who waits?"\n    options: ["server", "client", "router"]\n    answer: 0\n    explanation: "The server waits."\n---\n# Servers\n\nA server waits. Run \`netlearn demo\`.\n`;
  const file = 'en/01-server.md';

  test('a well-formed file parses, its body lexed into Markdown tokens', () => {
    const lesson = parseLesson(good('example: "5050"\n'), 'en', file);
    expect(lesson).toMatchObject({
      id: 'server',
      title: 'Servers',
      tool: 'demo',
      example: '5050',
      tryCommand: 'netlearn demo',
    });
    expect(lesson.body).toBe('# Servers\n\nA server waits. Run `netlearn demo`.');
    expect(lesson.tokens.map((token) => token.type)).toEqual(['heading', 'space', 'paragraph']);
    expect(lesson.quiz[0]).toEqual({
      id: 'q1',
      question: 'Who waits?',
      options: ['server', 'client', 'router'],
      answer: 0,
      explanation: 'The server waits.',
    });
  });

  test.each([
    [
      'an answer index out of range',
      good().replace('answer: 0', 'answer: 3'),
      'answer must be an option index from 0 to 2',
    ],
    [
      'a tool that is no tool id',
      good().replace('tool: demo', 'tool: Web Browser'),
      'tool "Web Browser" is not a tool id',
    ],
    [
      "an id other than the file name's",
      good().replace('id: server', 'id: servers'),
      'differs from the file name\'s "server"',
    ],
    ['an id with capitals', good().replace('id: server', 'id: Server'), 'id "Server" is not a lowercase id'],
    ['no try command', good().replace('try: netlearn demo\n', ''), 'try must be a netlearn command line'],
    [
      'a try command the body never names',
      good().replace('try: netlearn demo', 'try: netlearn host'),
      'never names `netlearn host`',
    ],
    ['an empty body', good().replace(/# Servers\n\n.*\n$/, ''), 'the body is empty'],
    ['placeholder text', good().replace('A server waits.', 'TODO: write this'), 'placeholder text "TODO"'],
    [
      'two options only',
      good().replace('"server", "client", "router"', '"server", "client"'),
      'options must be 3 or 4',
    ],
    ['no front matter', '# Servers\n', 'no YAML front matter'],
    ['broken YAML', good().replace('title: Servers', 'title: [Servers'), 'front matter is not valid YAML'],
  ])('%s', (_name, source, problem) => {
    expect(() => parseLesson(source, 'en', file)).toThrow(LessonFormatError);
    expect(() => parseLesson(source, 'en', file)).toThrow(problem);
  });

  /** A content folder holding these files in `en/`. */
  function folder(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'netlearn-content-'));
    mkdirSync(join(root, 'en'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'en', name), text);
    return root;
  }

  test('a new file is a new lesson, placed by its number (10 after 9), other files ignored', () => {
    const files = {
      '10-host.md': good('', 'host'),
      '9-server.md': good(),
      '02-client.md': good('', 'client'),
      'notes.txt': 'x',
    };
    const root = folder(files);
    expect(readLessons(root, 'en').map((lesson) => lesson.id)).toEqual(['client', 'server', 'host']);
  });

  test.each([
    ['a Markdown file not named NN-<id>.md', { 'server.md': good() }, 'server.md is not named NN-<id>.md'],
    ['two files with one number', { '01-server.md': good(), '01-client.md': good('', 'client') }, 'share the number 1'],
    [
      'two files for one lesson',
      { '01-server.md': good(), '02-server.md': good() },
      'two files hold the lesson server',
    ],
    ["a front matter id that is not the file's", { '01-client.md': good() }, 'differs from the file name\'s "client"'],
    ['an empty folder', {}, 'no lesson files'],
  ])('a folder with %s is refused', (_name, files, problem) => {
    expect(() => readLessons(folder(files), 'en')).toThrow(LessonFormatError);
    expect(() => readLessons(folder(files), 'en')).toThrow(problem);
  });
});
