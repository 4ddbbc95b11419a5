import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../helpers/keys.js';
import { trackSessions } from '../helpers/pty.js';

let config: string | undefined;
afterEach(() => {
  if (config) rmSync(config, { recursive: true, force: true });
  config = undefined;
});
// Registered after the folder's cleanup, so it runs first: the program has gone before its folder does.
const spawn = trackSessions();

/** A fresh config folder, so the learner's real progress is never touched. */
function freshConfig(): Record<string, string> {
  config = mkdtempSync(join(tmpdir(), 'netlearn-practice-'));
  return { XDG_CONFIG_HOME: config };
}

describe('Practice in a real terminal', () => {
  it('netlearn quiz opens it; a typed answer gets feedback with the worked solution, and is saved', async () => {
    const session = spawn(['quiz'], { cols: 60, rows: 20, env: freshConfig() });
    await session.waitFor('r reset progress');
    session.write('2');
    await session.waitFor('Which address do these bits spell?');
    session.write('1.2.3.4');
    await session.waitFor('› 1.2.3.4');
    session.write(keys.enter);
    const screen = await session.waitFor('Enter: next question');
    expect(screen).toMatch(/^\s*(Right\s*$|Wrong, expected \d+\.\d+\.\d+\.\d+)/m);
    if (screen.includes('Wrong')) expect(screen).toContain('128 64 32 16 8 4 2 1');
    expect(screen).toMatch(/Binary to address: [01]\/1 right/);
    for (const row of screen.split('\n')) expect(row.length).toBeLessThanOrEqual(60);
    // Writes are batched, one a second at most: the answer reaches the file within about a second.
    const saved = await vi.waitFor(
      () => {
        const progress = JSON.parse(readFileSync(join(config!, 'netlearn', 'progress.json'), 'utf8'));
        expect(progress.practice.score.total).toBe(1);
        return progress;
      },
      { timeout: 3000, interval: 50 },
    );
    expect(Object.keys(saved.practice.leitner.cards)).toEqual(['decimal:to-decimal']);
  });

  it('home key 0 opens Practice; a number key picks a port range and Enter answers', async () => {
    const session = spawn([], { cols: 60, rows: 20, env: freshConfig() });
    await session.waitFor('What do you want to learn today?');
    session.write('0');
    await session.waitFor('Choose what to practise:');
    session.write('5');
    await session.waitFor(/Which range is port \d+ in\?/);
    session.write('3');
    await session.waitFor('› 3 dynamic');
    session.write('\r');
    await session.waitFor(/^\s*(Right\s*$|Wrong, expected)/m);
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
  });

  it('netlearn quiz tuple opens straight on that topic', async () => {
    const session = spawn(['quiz', 'tuple'], { cols: 60, rows: 20, env: freshConfig() });
    await session.waitFor('Ephemeral ports in tuples · Leitner box');
  });
});
