import { cleanup } from 'ink-testing-library';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../../helpers/keys.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

let holder: Server | undefined;
afterEach(async () => {
  cleanup();
  await new Promise<void>((resolve) => (holder ? holder.close(() => resolve()) : resolve()));
  holder = undefined;
});

describe('port screen', () => {
  it("starts with the lesson's example and places it on the bar", async () => {
    const rendered = renderApp('port', { payload: { example: '5050' } });
    const frame = await waitForFrame(rendered, 'registered (1024-49151)');
    expect(frame).toContain('netlearn chat');
    expect(frame).toContain('▲ 5050');
  });

  it('follows typing, and explains a bad port', async () => {
    const rendered = renderApp('port', { payload: { example: '80' } });
    await waitForFrame(rendered, 'HTTP');
    await press(rendered, '0', '▲ 800');
    await press(rendered, '0', 'python -m http.server');
    await press(rendered, '0', 'Port "80000" is too large');
  });

  it('tries to bind with Enter and reports a port in use', async () => {
    const port = await new Promise<number>((resolve) => {
      holder = createServer().listen(0, '127.0.0.1', () => resolve((holder!.address() as { port: number }).port));
    });
    const rendered = renderApp('port', { payload: { example: String(port) } });
    await waitForFrame(rendered, `▲ ${port}`);
    await press(rendered, keys.enter, 'in use (EADDRINUSE)');
  });

  it('speaks Spanish', async () => {
    const rendered = renderApp('port', { lang: 'es', payload: { example: '443' } });
    await waitForFrame(rendered, 'bien conocido (0-1023)');
  });
});
