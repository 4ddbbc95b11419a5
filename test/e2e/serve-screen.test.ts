import { describe, expect, it } from 'vitest';
import { lineClient } from '../helpers/line-client.js';
import { trackSessions } from '../helpers/pty.js';
import { refused } from '../helpers/refused.js';

const spawn = trackSessions();

describe('netlearn serve in a terminal', () => {
  it('shows how to connect, each client with its tuple, and q stops the server telling the clients', async () => {
    const session = spawn(['serve', '--port', '0'], { cols: 90, rows: 24 });
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
  });

  it('fits 60x20', async () => {
    const session = spawn(['serve', '--port', '0'], { cols: 60, rows: 20 });
    const screen = await session.waitFor('Connected: 0');
    expect(screen.split('\n').every((row) => row.length <= 60)).toBe(true);
    expect(screen).toContain('q quit');
    session.write('\u0003');
    expect((await session.exited).exitCode).toBe(0);
  });

  it('at 80 columns the log line with the exact connect command wraps instead of being cut', async () => {
    const session = spawn(['serve', '--port', '0'], { cols: 80, rows: 20 });
    const screen = await session.waitFor(/Try: netlearn connect 127\.0\.0\.1 --port\s+\d+, or nc 127\.0\.0\.1 \d+/);
    expect(screen).not.toContain('…');
    session.write('\u0003');
    await session.exited;
  });
});
