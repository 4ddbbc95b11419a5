import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/core/display-width.js';
import { sweptRoom } from '../../helpers/class-room.js';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, resize, waitForFrame } from '../../helpers/render.js';
import { pause } from '../../helpers/settled.js';

afterEach(cleanup);

const sizes = [
  [60, 20],
  [80, 24],
  [140, 45],
] as const;

describe('the class grid', () => {
  it.each(sizes.flatMap(([columns, rows]) => (['en', 'es'] as const).map((lang) => [columns, rows, lang] as const)))(
    'at %ix%i in %s fits, and says how many students are off screen',
    async (columns, rows, lang) => {
      const room = sweptRoom(60);
      const app = renderApp('class', {
        lang,
        payload: { className: 'redes', ids: room.ids },
        fakeSources: { class: room.sources },
      });
      await waitForFrame(app, /Estudiante 1 /);
      resize(app, columns, rows);
      await pause(150);
      const frame = await waitForFrame(app, /↓ \d+/);
      const lines = frame.split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows);
      expect(lines.filter((line) => displayWidth(line) > columns)).toEqual([]);
    },
    30_000,
  );

  it('marks each check of each student, with the score and the verdict', async () => {
    const room = sweptRoom(3);
    const app = renderApp('class', {
      payload: { className: 'redes', ids: room.ids },
      fakeSources: { class: room.sources },
    });
    const frame = await waitForFrame(app, /Estudiante 3/);
    expect(frame).toMatch(/Estudiante 1 Peña\s+✓ ✓ ✓ 3\/3\s+pass/);
    expect(frame).toMatch(/Estudiante 2 Peña\s+✓ ✗ ✓ 2\/3\s+FAIL: concurrency/);
    expect(frame).toMatch(/Estudiante 3 Peña\s+not reachable/);
  });

  it("opens a student's diagnosis in check's words on Enter, and goes back on Esc", async () => {
    const room = sweptRoom(3);
    const app = renderApp('class', {
      payload: { className: 'redes', ids: room.ids },
      fakeSources: { class: room.sources },
    });
    await waitForFrame(app, /Estudiante 3/);
    await press(app, keys.down, /› Estudiante 2/);
    const detail = await press(app, keys.enter, /1001 {2}Estudiante 2 Peña {2}127\.0\.0\.3:5050/);
    expect(detail).toMatch(/✗ broadcast/);
    await press(app, keys.escape, /› Estudiante 2/);
  });

  it('checks one student again on r, and the grid shows the new result', async () => {
    const room = sweptRoom(3);
    const app = renderApp('class', {
      payload: { className: 'redes', ids: room.ids },
      fakeSources: { class: room.sources },
    });
    await waitForFrame(app, /Estudiante 3/);
    await press(app, keys.down, /› Estudiante 2/);
    // The fake room's third student is never reachable; the second fails broadcast again.
    await press(app, 'r', /Estudiante 2 Peña\s+✓ ✗ ✓ 2\/3/);
  });

  it('lists the classes of the gradebook when opened from the home menu', async () => {
    const room = sweptRoom(2);
    const app = renderApp('class', { fakeSources: { class: room.sources } });
    await waitForFrame(app, /Choose a class/);
    await press(app, keys.enter, /Estudiante 2/);
  });
});
