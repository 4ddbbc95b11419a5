import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../../src/app/App.js';
import en from '../../../src/i18n/en/chat.js';
import { connectChat } from '../../../src/net/chat-client.js';
import { ChatServer } from '../../../src/net/chat-server.js';
import { emptyProgress } from '../../../src/progress/progress-data.js';
import { memoryProgressStore } from '../../../src/progress/progress-store.js';
import realSources, { type ChatSources } from '../../../src/tools/chat/sources.js';
import { ProgressProvider } from '../../../src/ui/progress-context.js';
import { keys } from '../../helpers/keys.js';
import { settle, typePort } from '../../helpers/host-port-form.js';
import { press, waitForFrame } from '../../helpers/render.js';

let server: ChatServer | undefined;
afterEach(async () => {
  cleanup();
  await server?.stop(50);
  server = undefined;
});

const refusal = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));

/** A machine where the first `refusals` dials are refused; the rest reach a real chat on loopback. */
function chatMachine(refusals: number, port: () => number) {
  const dialed: string[] = [];
  const sources: ChatSources = {
    ...realSources,
    connect: (host, asked) => {
      dialed.push(`${host}:${asked}`);
      return dialed.length <= refusals ? refusal() : connectChat('127.0.0.1', port());
    },
  };
  return { sources, dialed };
}

/** The app on the chat client, with a progress store the test can look into. */
function openChat(sources: ChatSources, progress = emptyProgress()) {
  const store = memoryProgressStore(progress);
  const app = render(
    <ProgressProvider store={store}>
      <App initialLang="en" initialPlace={{ screen: 'chat' }} fakeSources={{ chat: sources }} />
    </ProgressProvider>,
  );
  return { app, store };
}

describe('the chat client, where my server is', () => {
  it('after a refusal, r tries again and joins once the server is up', async () => {
    server = new ChatServer({ host: '127.0.0.1', port: 0, maxClients: 10, wire: en.wire });
    const { port } = await server.listen();
    const machine = chatMachine(1, () => port);
    const { app } = openChat(machine.sources);
    const refused = await waitForFrame(app, 'Nothing is listening at 127.0.0.1:5050');
    expect(refused).toContain('r try again');
    expect(refused).toContain('e change address');
    await press(app, 'r', 'Welcome');
    expect(machine.dialed).toEqual(['127.0.0.1:5050', '127.0.0.1:5050']);
  });

  it('e lets me type the host and port, and the address that answered is remembered as my server', async () => {
    server = new ChatServer({ host: '127.0.0.1', port: 0, maxClients: 10, wire: en.wire });
    const { port } = await server.listen();
    const machine = chatMachine(1, () => port);
    const { app, store } = openChat(machine.sources);
    await waitForFrame(app, 'Nothing is listening');
    await press(app, 'e', '› Host: 127.0.0.1');
    await typePort(app, '6000');
    await press(app, keys.enter, 'Welcome');
    expect(machine.dialed.at(-1)).toBe('127.0.0.1:6000');
    expect(store.get().myServer).toEqual({ host: '127.0.0.1', port: 6000 });
  });

  it('opens on the remembered address', async () => {
    const machine = chatMachine(1, () => 0);
    const { app } = openChat(machine.sources, { ...emptyProgress(), myServer: { host: '127.0.0.2', port: 6001 } });
    await waitForFrame(app, 'Nothing is listening at 127.0.0.2:6001');
    expect(machine.dialed).toEqual(['127.0.0.2:6001']);
  });

  it('a port that is not one is explained under the fields, and nothing is dialed', async () => {
    const machine = chatMachine(1, () => 0);
    const { app } = openChat(machine.sources);
    await waitForFrame(app, 'Nothing is listening');
    await press(app, 'e', '› Host: 127.0.0.1');
    await press(app, keys.down, '› Port: 5050');
    await settle();
    await press(app, 'x', 'Port: 5050x');
    await press(app, keys.enter, /whole number from 0 to 65535/);
    expect(machine.dialed).toHaveLength(1);
    expect(app.lastFrame()).toMatch(/5050x/);
  });
});

describe('the chat server from the home menu, where it listens', () => {
  /** The first `taken` servers find their port in use; later ones listen on a port the OS picks. */
  function serverMachine(taken: number) {
    const asked: string[] = [];
    const started: ChatServer[] = [];
    const sources: ChatSources = {
      ...realSources,
      createServer: (options) => {
        asked.push(`${options.host}:${options.port}`);
        const busy = asked.length <= taken;
        const server = realSources.createServer({ ...options, port: 0 });
        started.push(server);
        if (busy)
          server.listen = () => Promise.reject(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }));
        return server;
      },
    };
    return { sources, asked, started };
  }

  it('when 5050 is taken, says so, and e starts it on the port typed; r tries the same again', async () => {
    const machine = serverMachine(2);
    const app = render(
      <App initialLang="en" initialPlace={{ screen: 'serve' }} fakeSources={{ serve: machine.sources }} />,
    );
    try {
      const taken = await waitForFrame(app, /already in use/);
      expect(taken).toContain('r try again');
      await press(app, 'r', (frame) => machine.asked.length === 2 && /already in use/.test(frame));
      await press(app, 'e', '› Host: 127.0.0.1');
      await typePort(app, '0');
      await press(app, keys.enter, /Connect with: netlearn connect 127\.0\.0\.1 --port \d+/);
      expect(machine.asked).toEqual(['127.0.0.1:5050', '127.0.0.1:5050', '127.0.0.1:0']);
    } finally {
      app.unmount();
      await Promise.all(machine.started.map((server) => server.stop(50).catch(() => {})));
    }
  });
});
