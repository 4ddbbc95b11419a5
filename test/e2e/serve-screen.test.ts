import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { lineClient } from '../net/line-client.js';
import { spawnCli } from '../helpers/pty.js';

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('netlearn serve in a terminal', () => {
  it('shows how to connect, each client with its tuple, and q stops the server telling the clients', async () => {
    const session = spawnCli(['serve', '--port', '0'], { cols: 90, rows: 24 });
    try {
      const screen = await session.waitFor(/netlearn connect 127\.0\.0\.1 --port \d+/);
      const port = Number(/--port (\d+)/.exec(screen)![1]);
      const client = await lineClient(port);
      await client.waitForLine('Welcome');
      await session.waitFor(`guest1 ('127.0.0.1', ${client.socket.localPort})`);
      await session.waitFor('Connected: 1');
      client.send('hola ñ');
      await session.waitFor('[guest1] hola ñ  (7 bytes)');
      session.write('q');
      await client.waitForLine('* The server is shutting down. Bye!');
      expect((await session.exited).exitCode).toBe(0);
      expect(await refused(port)).toBe(true);
    } finally {
      session.kill();
    }
  });

  it('fits 60x20', async () => {
    const session = spawnCli(['serve', '--port', '0'], { cols: 60, rows: 20 });
    try {
      const screen = await session.waitFor('Connected: 0');
      expect(screen.split('\n').every((row) => row.length <= 60)).toBe(true);
      expect(screen).toContain('q quit');
      session.write('\u0003');
      expect((await session.exited).exitCode).toBe(0);
    } finally {
      session.kill();
    }
  });
});
