import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../helpers/keys.js';
import { spawnCli, type PtySession } from '../helpers/pty.js';

const sgr = /\u001B\[[0-9;]*m/;
let session: PtySession | undefined;

afterEach(async () => {
  if (session) {
    session.kill();
    await session.exited;
  }
  session = undefined;
});

describe('the TUI in a real terminal', () => {
  it('renders the home screen in the alternate screen', async () => {
    session = spawnCli([]);
    const screen = await session.waitFor('What do you want to learn today?');
    expect(screen).toContain('1 Lessons');
    expect(screen).toContain('q quit');
    expect(session.onMainScreen()).toBe(false);
  });

  it('goes into a screen and back', async () => {
    session = spawnCli([]);
    await session.waitFor('What do you want to learn today?');
    session.write('4');
    await session.waitFor('netlearn › Ports');
    session.write(keys.escape);
    await session.waitFor('What do you want to learn today?');
  });

  it('switches the language with Tab', async () => {
    session = spawnCli([]);
    await session.waitFor('What do you want to learn today?');
    session.write(keys.tab);
    const screen = await session.waitFor('¿Qué querés aprender hoy?');
    expect(screen).toContain('[ES]');
  });

  it('starts in Spanish from LANG', async () => {
    session = spawnCli([], { env: { LANG: 'es_AR.UTF-8' } });
    await session.waitFor('¿Qué querés aprender hoy?');
  });

  it('quits with q, exit 0, the terminal restored', async () => {
    session = spawnCli([]);
    await session.waitFor('What do you want to learn today?');
    session.write('q');
    const { exitCode } = await session.exited;
    expect(exitCode).toBe(0);
    expect(session.onMainScreen()).toBe(true);
    expect(session.cursorVisible()).toBe(true);
  });

  it('quits with Ctrl+C from inside a screen, the terminal restored', async () => {
    session = spawnCli([]);
    await session.waitFor('What do you want to learn today?');
    session.write('3');
    await session.waitFor('netlearn › Subnets');
    session.write(keys.ctrlC);
    await session.exited;
    expect(session.onMainScreen()).toBe(true);
    expect(session.cursorVisible()).toBe(true);
  });

  it('leaves cleanly on SIGTERM, the terminal restored', async () => {
    session = spawnCli([]);
    await session.waitFor('What do you want to learn today?');
    session.signal('SIGTERM');
    const { exitCode } = await session.exited;
    expect(exitCode).toBe(0);
    expect(session.onMainScreen()).toBe(true);
    expect(session.cursorVisible()).toBe(true);
  });

  it('renders in a 60x20 terminal without losing the footer', async () => {
    session = spawnCli([], { cols: 60, rows: 20 });
    const screen = await session.waitFor('q quit');
    expect(screen).toContain('0 Practice');
    expect(screen.split('\n').every((line) => line.length <= 60)).toBe(true);
  });

  it('follows a resize in the middle of a screen', async () => {
    session = spawnCli([]);
    await session.waitFor('What do you want to learn today?');
    session.write('1');
    await session.waitFor('netlearn › Lessons');
    session.resize(60, 20);
    await session.waitFor(/\[EN\]/);
    // The header's language badge sits at the right edge: it moves to column 60 after the resize.
    const header = await session.waitFor(/^netlearn.{0,60}\[EN\]$/m);
    expect(header.split('\n')[0]!.length).toBeLessThanOrEqual(60);
    session.resize(100, 30);
    await session.waitFor(/^netlearn.*\s{30,}\[EN\]$/m);
  });

  it('paints the TUI in colour, and in none with NO_COLOR', async () => {
    session = spawnCli([]);
    await session.waitFor('What do you want to learn today?');
    expect(session.output()).toMatch(/\u001B\[3[0-9]m/);
    session.write('q');
    await session.exited;
    session = spawnCli([], { env: { NO_COLOR: '1' } });
    await session.waitFor('What do you want to learn today?');
    expect(session.output()).not.toMatch(/\u001B\[3[0-9]m/);
  });

  it('honours NO_COLOR in a terminal, and colours without it', async () => {
    session = spawnCli(['--help'], { env: { NO_COLOR: '1' } });
    await session.exited;
    expect(session.output()).toContain('Usage');
    expect(session.output()).not.toMatch(sgr);
    session = spawnCli(['--help']);
    await session.exited;
    expect(session.output()).toMatch(sgr);
  });
});
