import { describe, expect, it } from 'vitest';
import { keys } from '../helpers/keys.js';
import { trackSessions } from '../helpers/pty.js';

const spawn = trackSessions();

describe('port screen in a real terminal', () => {
  it('opens from home with key 4 and classifies the port typed', async () => {
    const session = spawn([], { cols: 80, rows: 24 });
    await session.waitFor('What do you want to learn today?', 10_000);
    session.write('4');
    await session.waitFor('Port: 5050');
    // Clear the field, then type a port in the dynamic range.
    session.write(keys.backspace.repeat(4));
    await session.waitFor('The port is empty');
    session.write('56789');
    const screen = await session.waitFor('dynamic (49152-65535)');
    expect(screen).toContain('▲ 56789');
    session.write(keys.escape);
    await session.waitFor('What do you want to learn today?');
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
  });

  it('fits a 60x20 terminal', async () => {
    const session = spawn(['--lang', 'es'], { cols: 60, rows: 20 });
    await session.waitFor('¿Qué querés aprender hoy?', 10_000);
    session.write('4');
    const screen = await session.waitFor('▲ 5050');
    expect(screen).toContain('registrado (1024-49151)');
    expect(screen).toContain('█');
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});
