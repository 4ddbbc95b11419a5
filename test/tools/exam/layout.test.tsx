import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { displayWidth } from '../../../src/core/display-width.js';
import type { Lang } from '../../../src/core/language.js';
import { examQuestions } from '../../../src/core/exam/exam-questions.js';
import { keys } from '../../helpers/keys.js';
import { pause, settled } from '../../helpers/settled.js';
import { renderApp, resize, waitForFrame } from '../../helpers/render.js';
import { parcial } from '../../core/exam/simulated-class.js';
import { fakeExamSources } from './run-exam.js';

afterEach(cleanup);

const sizes = [
  [60, 20],
  [80, 24],
  [140, 45],
] as const;

// A tuple question has the longest prompt Practice makes: the exam's variant for this student starts with one.
const spec = { ...parcial, topics: ['tuple', 'ipv6', 'subnet'] as typeof parcial.topics, count: 3 };
const studentId = '20931';
const clock = { now: 0 };
const examSources = { ...fakeExamSources({}), now: () => clock.now };
const drillSources = { now: () => clock.now, seed: () => 7, readBests: () => ({ subnet: 1 }) };

/** Each state a student or learner sees, and what must be whole on screen there. */
const states: { name: string; screen: string; payload: unknown; keys: string[]; shows: RegExp }[] = [
  {
    name: 'an exam question',
    screen: 'exam',
    payload: { spec, studentId },
    keys: [keys.enter],
    shows: /(20:00 left|Quedan 20:00)/,
  },
  {
    name: 'the completion code',
    screen: 'exam',
    payload: { spec, studentId },
    keys: [keys.enter, 'x', keys.enter, keys.enter, keys.enter],
    shows: /[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}/,
  },
  {
    name: 'a drill running',
    screen: 'drill',
    payload: { topic: 'subnet', minutes: 2 },
    keys: ['1', keys.enter],
    shows: /2:00/,
  },
  {
    name: 'a drill summary',
    screen: 'drill',
    payload: { topic: 'subnet', minutes: 2 },
    keys: ['1', keys.enter, '2', keys.enter, 'tick'],
    shows: /(Slowest|lentas)/,
  },
];

async function at(state: (typeof states)[number], lang: Lang, columns: number, rows: number) {
  const rendered = renderApp(state.screen, {
    lang,
    payload: state.payload,
    fakeSources: { exam: examSources, drill: drillSources },
  });
  await waitForFrame(rendered, /netlearn/);
  resize(rendered, columns, rows);
  await pause(100);
  resize(rendered, columns, rows);
  await settled(rendered, 200);
  for (const key of state.keys) {
    // 'tick' lets the drill's time run out: the clock jumps past its two minutes.
    if (key === 'tick') {
      clock.now = 10 * 60_000;
      await pause(1200);
    } else rendered.stdin.write(key);
    await settled(rendered, 150);
  }
  const frame = await waitForFrame(rendered, state.shows, 5000);
  rendered.unmount();
  clock.now = 0;
  return frame;
}

describe.each(states)('$name fits the terminal', (state) => {
  test.each(sizes.flatMap(([c, r]) => (['en', 'es'] as const).map((lang) => [c, r, lang] as const)))(
    '%ix%i %s',
    async (columns, rows, lang) => {
      const frame = await at(state, lang, columns, rows);
      const lines = frame.split('\n');
      expect(lines.length, frame).toBeLessThanOrEqual(rows);
      expect(
        lines.filter((line) => displayWidth(line) > columns),
        frame,
      ).toEqual([]);
    },
    30_000,
  );
});

test('the long tuple prompt is the exam state measured above', () => {
  expect(examQuestions(spec, studentId)[0]!.topic).toBe('tuple');
});
