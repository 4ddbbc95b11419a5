import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en/chat.js';
import { connectChat } from '../../../src/net/chat-client.js';
import { connectionHandoff } from '../../../src/tools/chat/handoff.js';
import { ChatServer } from '../../../src/net/chat-server.js';
import { chatWires } from '../../../src/tools/chat/chat-wires.js';
import { lineClient, type LineClient } from '../../helpers/line-client.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

let server: ChatServer | undefined;
let other: LineClient | undefined;
afterEach(async () => {
  cleanup();
  other?.socket.destroy();
  await server?.stop(50);
  server = undefined;
});

describe('chat screen', () => {
  it('typing uno⏎dos⏎ fast sends two lines, in order, and the field is free for the next', async () => {
    server = new ChatServer({ host: '127.0.0.1', port: 0, maxClients: 10, wire: en.wire });
    const { port } = await server.listen();
    other = await lineClient(port);
    await other.waitForLine('Welcome');
    const app = renderApp('chat', { payload: connectionHandoff(await connectChat('127.0.0.1', port)) });
    await waitForFrame(app, 'Welcome');
    await press(app, 'uno\rdos\r', '> dos');
    await other.waitForLine('[guest2] uno');
    await other.waitForLine('[guest2] dos');
    await press(app, 'tres', '› tres');
    await press(app, '\r', '> tres');
    await other.waitForLine('[guest2] tres');
    expect(other.lines.filter((line) => line.startsWith('[guest2]'))).toEqual([
      '[guest2] uno',
      '[guest2] dos',
      '[guest2] tres',
    ]);
  });

  it('long lines wrap instead of being cut', async () => {
    server = new ChatServer({ host: '127.0.0.1', port: 0, maxClients: 10, wire: en.wire });
    const { port } = await server.listen();
    const app = renderApp('chat', { payload: connectionHandoff(await connectChat('127.0.0.1', port)) });
    const frame = await waitForFrame(app, 'Type /help for commands.');
    expect(frame).not.toContain('…');
  });

  it('Tab asks a netlearn server to speak the new language, and it greets again in it', async () => {
    server = new ChatServer({ host: '127.0.0.1', port: 0, maxClients: 10, wire: en.wire, wires: chatWires });
    const { port } = await server.listen();
    const app = renderApp('chat', { payload: connectionHandoff(await connectChat('127.0.0.1', port)) });
    await waitForFrame(app, 'Type /help for commands.');
    await press(app, '\t', 'Bienvenido al chat de netlearn');
    await press(app, '/help\r', '* /lang es|en  el servidor te habla en castellano o en inglés');
  });
});
