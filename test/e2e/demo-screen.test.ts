import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { trackSessions } from '../helpers/pty.js';
import { refused } from '../helpers/refused.js';

/** Whether /proc/net/tcp lists a socket in LISTEN state (0A) on this port. */
function listeningInProc(port: number): boolean {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const table = readFileSync('/proc/net/tcp', 'utf8');
  return table.split('\n').some((row) => {
    const cells = row.trim().split(/\s+/);
    return cells[1]?.endsWith(`:${hex}`) && cells[3] === '0A';
  });
}

const spawn = trackSessions();

describe('demo screen in a real terminal', () => {
  it('from the home menu (9), a new client shows its tuple; quitting leaves nothing listening', async () => {
    const session = spawn([], { cols: 100, rows: 30 });
    await session.waitFor('What do you want to learn today?');
    session.write('9');
    const screen = await session.waitFor(/nc 127\.0\.0\.1 \d+/);
    const port = Number(/nc 127\.0\.0\.1 (\d+)/.exec(screen)![1]);
    expect(listeningInProc(port)).toBe(true);
    session.write('a');
    const withClient = await session.waitFor(/#1 \('127\.0\.0\.1', \d+\) ═/);
    const clientPort = Number(/#1 \('127\.0\.0\.1', (\d+)\)/.exec(withClient)![1]);
    await session.waitFor(`ESTAB 127.0.0.1:${port} 127.0.0.1:${clientPort}`);
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
    expect(listeningInProc(port)).toBe(false);
    expect(await refused(port)).toBe(true);
  });

  it('an outside client (like nc) appears too', async () => {
    const session = spawn(['demo'], { cols: 100, rows: 30 });
    const screen = await session.waitFor(/nc 127\.0\.0\.1 \d+/);
    const port = Number(/nc 127\.0\.0\.1 (\d+)/.exec(screen)![1]);
    const outside = connect({ host: '127.0.0.1', port });
    outside.on('error', () => {});
    await new Promise((resolve) => outside.once('connect', resolve));
    // Drawn as an outside client in the diagram, and logged as one.
    await session.waitFor(new RegExp(`\\('127\\.0\\.0\\.1', ${outside.localPort}\\) ═ outside`));
    await session.waitFor(`('127.0.0.1', ${outside.localPort}) (outside)`);
    outside.end('hola desde nc\n');
    await session.waitFor('"hola desde nc" 13 bytes');
  });

  it('fits a 60x20 terminal without the side panel, footer in view', async () => {
    const session = spawn(['demo'], { cols: 60, rows: 20 });
    await session.waitFor('nc 127.0.0.1');
    for (const count of [1, 2, 3]) {
      session.write('a');
      await session.waitFor(`Clients: ${count} open`);
    }
    const screen = session.screen();
    const rows = screen.split('\n');
    expect(rows[0]).toContain('netlearn');
    expect(screen).toContain('q quit');
    expect(screen).not.toContain('What happened');
    expect(rows.every((row) => row.length <= 60)).toBe(true);
    expect(screen).toContain('e explain');
    session.write('e');
    await session.waitFor('What happened');
    const explained = await session.waitFor('e events');
    expect(explained.split('\n').every((row) => row.length <= 60)).toBe(true);
    session.write('e');
    await session.waitFor('e explain');
    session.write('x');
    await session.waitFor('Clients: 0 open, 3 in all');
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
  });

  it('at 80 columns: the diagram with both ends, the explanation on e, the Spanish counts wrapped', async () => {
    const session = spawn(['--lang', 'es', 'demo'], { cols: 80, rows: 24 });
    await session.waitFor(/nc 127\.0\.0\.1 \d+/);
    session.write('a');
    await session.waitFor(/accept\(\) → \('127\.0\.0\.1', (\d+)\) +getsockname\(\) → \('127\.0\.0\.1', \1\)/);
    session.write('e');
    const explained = await session.waitFor(`recibió el puerto`);
    expect(explained).toContain('Qué pasó');
    session.write('e');
    await session.waitFor('Eventos');
    // Auto-play fills the log; the panel below it may then give way, the counts must still wrap whole.
    session.write('p');
    const screen = await session.waitFor('reproducción automática…');
    expect(screen).not.toMatch(/· rep…/);
    expect(screen.split('\n').every((row) => row.length <= 80)).toBe(true);
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
  });
});
