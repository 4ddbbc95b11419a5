import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/chat.js';
import { ChatServer } from '../../src/net/chat-server.js';
import { lineClient } from '../helpers/line-client.js';
import { trackSessions } from '../helpers/pty.js';

const spawn = trackSessions();

describe('netlearn connect in a terminal', () => {
  it('shows the welcome above, sends what is typed below, and leaves the server on quit', async () => {
    const server = new ChatServer({ host: '127.0.0.1', port: 0, maxClients: 10, wire: en.wire });
    const closed: string[] = [];
    server.on('event', (event) => event.event === 'closed' && closed.push(event.nick));
    const { port } = await server.listen();
    const other = await lineClient(port);
    const session = spawn(['connect', '--port', String(port)], { cols: 80, rows: 20 });
    try {
      await session.waitFor(/The server sees you as \('127\.0\.0\.1', \d+\)/);
      await session.waitFor("* Connected: you are ('127.0.0.1'");
      session.write('hola ñ');
      await session.waitFor('› hola ñ');
      session.write('\r');
      await other.waitForLine('[guest2] hola ñ');
      await session.waitFor('> hola ñ');
      other.send('\u001B[31mrojo\u001B[0m');
      await session.waitFor('[guest1] rojo');
      session.write('\u0003');
      await session.exited;
      await expect.poll(() => closed).toContain('guest2');
    } finally {
      other.socket.destroy();
      await server.stop(50);
    }
  });
});
