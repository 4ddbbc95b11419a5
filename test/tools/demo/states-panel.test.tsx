import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

describe.runIf(process.platform === 'linux')('demo screen, states panel', () => {
  it('w shows the real TCP states of the demo port; a client that closes first goes to TIME_WAIT', async () => {
    const app = renderApp('demo');
    await waitForFrame(app, 'nc 127.0.0.1');
    await press(app, 'a', 'Clients: 1 open');
    const frame = await press(app, 'w', /ESTABLISHED +client/);
    expect(frame).toContain('TCP states');
    expect(frame).toMatch(/LISTEN +listener/);
    expect(frame).toMatch(/ESTABLISHED +server/);
    await press(app, 'd', /client \d+\s*│?\s*\n.*ESTABLISHED -> TIME_WAIT/, 5000);
    await press(app, 'w', (text) => !text.includes('TCP states'));
  });

  it('speaks Spanish', async () => {
    const app = renderApp('demo', { lang: 'es' });
    await waitForFrame(app, 'nc 127.0.0.1');
    await press(app, 'w', 'Estados TCP');
    await waitForFrame(app, /LISTEN +escucha/);
  });
});
