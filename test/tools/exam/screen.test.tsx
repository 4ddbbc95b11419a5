import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { examCode } from '../../../src/core/exam/exam-grade.js';
import { examQuestions } from '../../../src/core/exam/exam-questions.js';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';
import { parcial } from '../../core/exam/simulated-class.js';
import { fakeExamSources } from './run-exam.js';

afterEach(cleanup);

/** A clock the test sets: the exam's timer reads it. */
function manualClock() {
  const clock = { now: 0 };
  const sources = { ...fakeExamSources({}), now: () => clock.now };
  return { clock, sources };
}

const payload = { spec: { ...parcial, count: 3 }, studentId: '20931' };
const questions = examQuestions(payload.spec, payload.studentId);

describe('the exam screen', () => {
  test('the timer shows, the answers are recorded, and the end shows the code grade will read', async () => {
    const { clock, sources } = manualClock();
    const rendered = renderApp('exam', { payload, fakeSources: { exam: sources } });
    // Keys typed before the screen listens are lost: wait for its footer.
    await waitForFrame(rendered, 'Enter start');
    await press(rendered, keys.enter, 'Question 1 of 3');
    await waitForFrame(rendered, '20:00 left');
    clock.now = 65_000;
    await waitForFrame(rendered, '18:55 left');
    await press(rendered, questions[0]!.expected, questions[0]!.expected);
    await press(rendered, keys.enter, 'Question 2 of 3');
    await press(rendered, keys.enter, 'Question 3 of 3');
    await press(rendered, 'x', '› x');
    clock.now = 100_000;
    const frame = await press(rendered, keys.enter, 'Finished: 2 of 3 answered in 1:40.');
    const code = examCode(payload.spec, '20931', [questions[0]!.expected, '', 'x'], 100);
    expect(frame).toContain(code);
    rendered.unmount();
  });

  test('at the time limit the exam ends by itself, and says so', async () => {
    const { clock, sources } = manualClock();
    const rendered = renderApp('exam', { payload, fakeSources: { exam: sources } });
    // Keys typed before the screen listens are lost: wait for its footer.
    await waitForFrame(rendered, 'Enter start');
    await press(rendered, keys.enter, 'Question 1 of 3');
    clock.now = 20 * 60_000;
    await waitForFrame(rendered, 'Time is up', 5000);
    expect(rendered.lastFrame()).toContain('Finished: 0 of 3 answered in 20:00.');
    rendered.unmount();
  });

  test('Tab switches the language mid-exam, keeping the answers, the text being typed and the timer', async () => {
    const { clock, sources } = manualClock();
    const rendered = renderApp('exam', { payload, fakeSources: { exam: sources } });
    // Keys typed before the screen listens are lost: wait for its footer.
    await waitForFrame(rendered, 'Enter start');
    await press(rendered, keys.enter, 'Question 1 of 3');
    await press(rendered, '42', '› 42');
    await press(rendered, keys.enter, 'Question 2 of 3');
    clock.now = 30_000;
    await waitForFrame(rendered, '19:30 left');
    await press(rendered, '7', '› 7');
    const spanish = await press(rendered, keys.tab, 'Pregunta 2 de 3');
    expect(spanish).toContain('Quedan 19:30');
    expect(spanish).toContain('› 7');
    clock.now = 40_000;
    await waitForFrame(rendered, 'Quedan 19:20');
    await press(rendered, keys.enter, 'Pregunta 3 de 3');
    await press(rendered, keys.tab, 'Question 3 of 3');
    clock.now = 50_000;
    const frame = await press(rendered, keys.enter, 'Finished: 2 of 3 answered in 0:50.');
    expect(frame).toContain(examCode(payload.spec, '20931', ['42', '7', ''], 50));
    rendered.unmount();
  });
});
