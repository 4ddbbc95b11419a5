import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { drillQuestion } from '../../../src/core/drill/drill-questions.js';
import { createRandom } from '../../../src/core/quiz/random.js';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

/** A clock the test sets, a fixed seed, no saved bests. */
function fakeDrill() {
  const clock = { now: 0 };
  return { clock, sources: { now: () => clock.now, seed: () => 7, readBests: () => ({}) } };
}

describe('the drill screen', () => {
  test('from Practice with d; a streak and the rate while it runs; at the limit the summary, the best and the slow kinds', async () => {
    const { clock, sources } = fakeDrill();
    const rendered = renderApp('practice', { fakeSources: { drill: sources } });
    await waitForFrame(rendered, 'd timed drills');
    await press(rendered, 'd', 'Choose a drill');
    await press(rendered, keys.down, '› Hex');
    await press(rendered, keys.left, '1 min');
    await press(rendered, keys.enter, '1:00 left');
    const random = createRandom(7);
    for (let n = 1; n <= 3; n++) {
      clock.now = n * 5000;
      await press(rendered, drillQuestion(random, 'hex').expected, /› \S+/);
      await press(rendered, keys.enter, `Streak ${n}`);
    }
    expect(rendered.lastFrame()).toContain('Right');
    clock.now = 60_000;
    const frame = await waitForFrame(rendered, 'Time is up.', 5000);
    expect(frame).toContain('3 of 3 right, 3 right answers a minute, best streak 3.');
    expect(frame).toContain('Your first personal best: 3 a minute.');
    expect(frame).toMatch(/(byte to hex|hex to byte): 5 s/);
    rendered.unmount();
  });
});
