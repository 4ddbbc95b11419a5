import { cleanup } from 'ink-testing-library';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { dispatch } from '../../../src/app/dispatch.js';
import { noLessons } from '../../../src/core/quiz/topics.js';
import { loadLessons } from '../../../src/lessons/load-lessons.js';
import { emptyProgress } from '../../../src/progress/progress-data.js';
import type { LessonSources } from '../../../src/tools/lessons/sources.js';
import type { PracticeSources } from '../../../src/tools/practice/sources.js';
import { renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

/** Two lessons only, and progress that says the second is done: no disk behind either. */
const [first, second] = loadLessons('en');
const fake: LessonSources = {
  lessons: () => [first!, second!],
  savedProgress: () => ({ ...emptyProgress(), lessons: { ...emptyProgress().lessons, done: [second!.id] } }),
};

describe('the lessons tools read only what their sources hand them', () => {
  test('the list shows the lessons it was given', async () => {
    const rendered = renderApp('lessons', { fakeSources: { lessons: fake } });
    const frame = await waitForFrame(rendered, `2. ${second!.title}`);
    expect(frame).toContain('0 of 2 done');
    expect(frame).not.toContain('3. ');
  });

  test('the reader counts the lessons it was given', async () => {
    const rendered = renderApp('lesson', { payload: { id: first!.id }, fakeSources: { lesson: fake } });
    await waitForFrame(rendered, `${first!.title} · lesson 1 of 2`);
  });

  test('Practice without lesson questions offers no lessons topic', async () => {
    const none: PracticeSources = { quizSource: () => noLessons };
    const rendered = renderApp('practice', { fakeSources: { practice: none } });
    const frame = await waitForFrame(rendered, 'Choose what to practise:');
    expect(frame).not.toContain('Lesson questions');
  });

  test('netlearn lessons prints the fake lessons with the fake done marks', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const io = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {} };
    const code = await dispatch(['lessons', '--json'], {
      ...(io as unknown as Parameters<typeof dispatch>[1]),
      sources: { lessons: fake },
    });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      { id: first!.id, title: first!.title, done: false },
      { id: second!.id, title: second!.title, done: true },
    ]);
  });
});
