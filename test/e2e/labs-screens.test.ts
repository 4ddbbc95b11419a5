import { describe, expect, it } from 'vitest';
import { keys } from '../helpers/keys.js';
import { trackSessions, type PtySession } from '../helpers/pty.js';

const spawn = trackSessions();

/** Resolves with the exit, or fails when the process is still alive after `ms`. */
function exitWithin(s: PtySession, ms: number) {
  return Promise.race([
    s.exited,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms)),
  ]);
}

describe('lab screens in a real terminal', () => {
  it('netlearn utf8 with no text opens the live inspector', async () => {
    const session = spawn(['utf8']);
    await session.waitFor('Text:', 10_000);
    session.write('ñ');
    await session.waitFor('1 character, 1 code point, 2 bytes');
    await session.waitFor(/ñ +U\+00F1 +c3 b1 +110\|00011 10\|110001/);
    // Esc and q in one chunk would read as Alt+q: wait for home in between.
    session.write(keys.escape);
    await session.waitFor('What do you want to learn today?');
    session.write('q');
    expect((await exitWithin(session, 5000)).exitCode).toBe(0);
  });

  it('quitting the threads screen mid-race leaves no thread behind', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?', 10_000);
    session.write('7');
    await session.waitFor('Slow motion');
    session.write('f');
    await session.waitFor('4 threads × 500,000');
    session.write('q');
    const exit = await exitWithin(session, 5000);
    expect(exit.exitCode).toBe(0);
    expect(session.onMainScreen()).toBe(true);
  });

  it('the families screen runs on open and exits cleanly', async () => {
    const session = spawn(['--lang', 'es']);
    await session.waitFor('¿Qué querés aprender hoy?', 10_000);
    session.write('8');
    await session.waitFor(/Python accept\(\) -> +\('127\.0\.0\.1', \d+\)/);
    session.write('q');
    expect((await exitWithin(session, 5000)).exitCode).toBe(0);
  });

  it('Enter on an IPv4 interface in the host screen opens it in the subnet screen', async () => {
    const session = spawn([], { cols: 100, rows: 30 });
    await session.waitFor('What do you want to learn today?', 10_000);
    session.write('6');
    await session.waitFor('127.0.0.1/8');
    // The first line the OS lists on Linux is lo's IPv4 address; walk to any IPv4 line otherwise.
    for (let i = 0; i < 10 && !/› \S+ +IPv4/.test(session.screen()); i++) {
      session.write(keys.down);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const cidr = /› \S+ +IPv4 +(\S+)/.exec(session.screen())![1]!;
    session.write(keys.enter);
    await session.waitFor('Subnets');
    await session.waitFor(cidr);
  });

  it('at 60x20 the families screen scrolls with PgDn down to its last sentence', async () => {
    const session = spawn([], { cols: 60, rows: 20 });
    await session.waitFor('What do you want to learn today?', 10_000);
    session.write('8');
    const first = await session.waitFor('PgUp/PgDn scroll');
    expect(first).not.toContain('never touches the network');
    session.write(keys.pageDown);
    await session.waitFor('which never touches the network.');
  });

  it('at 60x20 the threads screen shows each slow-motion step whole, and scrolls the full-speed run', async () => {
    const session = spawn([], { cols: 60, rows: 20 });
    await session.waitFor('What do you want to learn today?', 10_000);
    session.write('7');
    await session.waitFor('Slow motion');
    for (let step = 1; step <= 6; step++) {
      session.write(keys.right);
      await session.waitFor(`Step ${step} of 6`);
    }
    // The lost-update step: its whole sentence on screen, no scrolling needed.
    const lost = await session.waitFor('addition is overwritten.');
    expect(lost).toContain('Step 6 of 6');
    expect(lost).not.toContain('PgUp/PgDn');
    session.write('f');
    await session.waitFor('PgUp/PgDn scroll');
    session.write(keys.pageDown);
    await session.waitFor('"counter = counter + 1" is three steps');
  });
});
