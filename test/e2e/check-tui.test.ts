import { afterAll, describe, expect, it } from 'vitest';
import { keys } from '../helpers/keys.js';
import { trackSessions } from '../helpers/pty.js';
import { startServer } from './check-fixture.js';

const spawn = trackSessions();
const stops: (() => void)[] = [];
afterAll(() => stops.forEach((stop) => stop()));

describe('the check screen in a real terminal', () => {
  it('runs against a real server at 80x24 and 60x20, in both languages, rows never wider than the terminal', async () => {
    const server = await startServer('latin1');
    stops.push(server.stop);
    for (const [cols, rows, lang, done] of [
      [80, 24, 'en', '2 passed, 1 failed'],
      [60, 20, 'es', '2 bien, 1 con falla'],
    ] as const) {
      const session = spawn(['check', `127.0.0.1:${server.port}`, '--only', 'connect,broadcast,utf8', '--lang', lang], {
        cols,
        rows,
      });
      const screen = await session.waitFor(done, 20_000);
      expect(screen).toMatch(/✗ utf8/);
      expect(screen).toContain(lang === 'en' ? 'ñ arrived as Ã±' : 'La ñ llegó como Ã±');
      for (const row of screen.split('\n')) expect(row.length).toBeLessThanOrEqual(cols);
      session.write(keys.enter);
      await session.waitFor(lang === 'en' ? 'received:' : 'recibido:');
      session.write('q');
      expect((await session.exited).exitCode).toBe(0);
    }
  }, 60_000);
});
