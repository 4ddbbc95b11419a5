import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { loadLessons } from '../../../src/lessons/load-lessons.js';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

/** The lessons as the content folder orders them: numbers and counts come from there. */
const enLessons = loadLessons('en');
const total = enLessons.length;
const n = (id: string) => enLessons.findIndex((lesson) => lesson.id === id) + 1;

describe('searching every lesson from the reader', () => {
  test('/ searches every lesson, and Enter opens the lesson at the line found', async () => {
    const mounted = renderApp('lesson', { payload: { id: 'server' } });
    await waitForFrame(mounted, `Servers · lesson ${n('server')} of ${total}`);
    await press(mounted, '/', 'Type a word to search every lesson.');
    await press(mounted, 'Mojibake', /UTF-8: .*[Mm]ojibake/);
    const frame = await press(mounted, keys.enter, `UTF-8 · lesson ${n('utf8')} of ${total}`);
    expect(frame.toLowerCase()).toContain('mojibake');
  });

  test('search lists whole-word hits first', async () => {
    const mounted = renderApp('lesson', { payload: { id: 'server' } });
    await waitForFrame(mounted, /Servers · lesson 1 of \d+/);
    await press(mounted, '/', 'Type a word to search every lesson.');
    const frame = await press(mounted, 'port', /\d+ matches/);
    const selected = /^ *› (.*)$/m.exec(frame)?.[1] ?? '';
    // The Ports lesson's title comes first (titles before prose), and never an `import` line.
    expect(selected).toMatch(/\bports?\b/i);
    expect(selected).not.toContain('import');
  });

  test("search for sock shows the Sockets lesson's title before any code line", async () => {
    const mounted = renderApp('lesson', { payload: { id: 'server' } });
    await waitForFrame(mounted, /Servers · lesson 1 of \d+/);
    await press(mounted, '/', 'Type a word to search every lesson.');
    const frame = await press(mounted, 'sock', /\d+ matches/);
    expect(/^ *› (.*)$/m.exec(frame)?.[1]?.trimEnd()).toBe('Sockets: Sockets');
  });

  test('after typing a search, the arrows move over the hits and Enter opens the chosen one', async () => {
    const mounted = renderApp('lesson', { payload: { id: 'server' } });
    await waitForFrame(mounted, `Servers · lesson ${n('server')} of ${total}`);
    await press(mounted, '/', 'Type a word to search every lesson.');
    await press(mounted, 'port', /\d+ matches/);
    const selectedTitle = (frame: string) => /^ *› ([^:\n]+):/m.exec(frame)?.[1];
    let frame = mounted.lastFrame() ?? '';
    const first = selectedTitle(frame);
    expect(first).toBeDefined();
    // Down until the cursor reaches a hit in another lesson, then back up one and down again.
    for (let step = 0; step < 40 && selectedTitle(frame) === first; step++) {
      const before = frame;
      frame = await press(mounted, keys.down, (shown) => shown !== before);
    }
    const chosen = selectedTitle(frame)!;
    expect(chosen).not.toBe(first);
    await press(mounted, keys.up, (shown) => selectedTitle(shown) === first);
    await press(mounted, keys.down, (shown) => selectedTitle(shown) === chosen);
    await press(mounted, keys.enter, `${chosen} · lesson`);
  });

  test('q goes into the search field instead of quitting while searching', async () => {
    const mounted = renderApp('lesson', { payload: { id: 'server' } });
    await waitForFrame(mounted, `lesson ${n('server')} of ${total}`);
    await press(mounted, '/', 'Type a word');
    await press(mounted, 'q', '/ q');
    await press(mounted, keys.escape, `Servers · lesson ${n('server')} of ${total}`);
  });
});
