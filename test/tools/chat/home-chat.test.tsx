import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatServer } from '../../../src/net/chat-server.js';
import realSources, { type ChatSources } from '../../../src/tools/chat/sources.js';
import { refusedChat as refused } from '../../helpers/fake-chat.js';
import { keys } from '../../helpers/keys.js';
import { lineClient } from '../../helpers/line-client.js';
import { press, renderApp, resize, strayIndentRows, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

/** The real chat, but on a port the OS picks: 5050 may be taken on the machine running the tests. */
function anyPort(started: ChatServer[]): ChatSources {
  return {
    ...realSources,
    createServer: (options) => {
      const server = realSources.createServer({ ...options, port: 0 });
      started.push(server);
      return server;
    },
  };
}

describe('the chat screens from the home menu', () => {
  it('s starts a chat server, shows how to join it, and Esc stops it', async () => {
    const started: ChatServer[] = [];
    const app = renderApp('home', { fakeSources: { serve: anyPort(started) } });
    await waitForFrame(app, 's Chat server');
    const frame = await press(app, 's', /Connect with: netlearn connect 127\.0\.0\.1 --port \d+/);
    const port = Number(/--port (\d+)/.exec(frame)![1]);
    expect(port).toBeGreaterThan(0);
    expect(started).toHaveLength(1);
    const stopped = new Promise<void>((resolve) => started[0]!.on('event', (e) => e.event === 'stopped' && resolve()));
    await press(app, keys.escape, 'What do you want to learn today?');
    await stopped;
  });

  it('after Tab, nc and other clients that join hear the server in the new language; earlier ones keep theirs', async () => {
    const started: ChatServer[] = [];
    const app = renderApp('serve', { fakeSources: { serve: anyPort(started) } });
    const frame = await waitForFrame(app, /--port \d+/);
    const port = Number(/--port (\d+)/.exec(frame)![1]);
    const before = await lineClient(port);
    await before.waitForLine(/^\* Welcome/);
    await press(app, keys.tab, 'Conectate con');
    const after = await lineClient(port);
    await after.waitForLine(/^\* Bienvenid/);
    // The one who was there already hears the newcomer in the language it joined with.
    await before.waitForLine(/joined/);
    before.socket.destroy();
    after.socket.destroy();
  });

  it('c joins the chat, and says plainly when nothing is listening', async () => {
    const app = renderApp('home', { fakeSources: { chat: refused } });
    await waitForFrame(app, 'c Chat client');
    await press(app, 'c', /127\.0\.0\.1.*5050/);
    const frame = await waitForFrame(app, /refused|ConnectionRefusedError/i);
    expect(frame).not.toContain('Error: connect');
    // The sentence `netlearn connect` prints after "netlearn: error:", here standing alone: a capital.
    expect(frame).toContain('Nothing is listening at 127.0.0.1:5050 (connection refused).');
  });

  it('the refusal wraps with no stray space at the start of a row, in Spanish, at every width', async () => {
    for (let columns = 40; columns <= 100; columns++) {
      const app = renderApp('chat', { lang: 'es', fakeSources: { chat: refused } });
      await waitForFrame(app, /rechaz/i);
      resize(app, columns, 24);
      const frame = await waitForFrame(app, (shown) => shown.split('\n')[0]!.length === columns);
      expect(strayIndentRows(frame), `${columns} columns\n${frame}`).toEqual([]);
      app.unmount();
    }
  }, 60_000);
});
