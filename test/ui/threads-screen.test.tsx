import { afterEach, describe, expect, it } from 'vitest';
import { press, renderApp, waitForFrame, type Rendered } from '../helpers/render.js';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

describe('threads screen', () => {
  it('runs the race, then the lock, exact, and ties it to the lesson', async () => {
    rendered = renderApp('threads');
    await waitForFrame(rendered, '4 threads × 500,000 additions');
    const frame = await waitForFrame(rendered, /With a lock +got 2,000,000 +exact/, 20_000);
    expect(frame).toMatch(/Without a lock +got [\d,]+/);
    expect(frame).toMatch(/thread 4 +█+/);
    expect(frame).toContain('Node serves many sockets from one thread');
  });

  it('runs again with r', async () => {
    rendered = renderApp('threads', { lang: 'es' });
    await waitForFrame(rendered, /Con candado +dio 2\.000\.000 +exacto/, 20_000);
    await press(rendered, 'r', 'Corriendo…');
    await waitForFrame(rendered, /Con candado +dio 2\.000\.000 +exacto/, 20_000);
  });
});
