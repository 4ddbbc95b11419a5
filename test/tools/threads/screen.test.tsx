import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { press, renderApp, resize, strayIndentRows, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe('threads screen', () => {
  it('runs the race, then the lock, exact, and ties it to the lesson', async () => {
    const rendered = renderApp('threads');
    await waitForFrame(rendered, '4 threads × 500,000 additions');
    const frame = await waitForFrame(rendered, /With a lock +got 2,000,000 +exact/, 20_000);
    expect(frame).toMatch(/Without a lock +got [\d,]+/);
    expect(frame).toMatch(/thread 4 +█+/);
    expect(frame).toContain('Node serves many sockets from one thread');
  });

  it('runs again with r', async () => {
    const rendered = renderApp('threads', { lang: 'es' });
    await waitForFrame(rendered, /Con lock +dio 2\.000\.000 +exacto/, 20_000);
    await press(rendered, 'r', 'Corriendo…');
    await waitForFrame(rendered, /Con lock +dio 2\.000\.000 +exacto/, 20_000);
  });

  it('no wrapped row of the notes starts with a space, at widths where a word exactly fills a row', async () => {
    for (const [lang, columns] of [
      ['en', 62],
      ['en', 79],
      ['es', 61],
      ['es', 64],
    ] as const) {
      const rendered = renderApp('threads', { lang });
      resize(rendered, columns, 40);
      const drawnAt = (shown: string) => shown.split('\n')[0]!.length === columns && /Node/.test(shown);
      const frame = await waitForFrame(rendered, drawnAt);
      expect(strayIndentRows(frame)).toEqual([]);
      rendered.unmount();
    }
  });
});
