import { describe, expect, it } from 'vitest';
import { keys } from '../helpers/keys.js';
import { trackSessions } from '../helpers/pty.js';

const sgr = /\u001B\[[0-9;]*m/;
const spawn = trackSessions();

describe('the TUI in a real terminal', () => {
  it('renders the home screen in the alternate screen', async () => {
    const session = spawn([]);
    const screen = await session.waitFor('What do you want to learn today?');
    expect(screen).toContain('1 Lessons');
    expect(screen).toContain('q quit');
    expect(session.onMainScreen()).toBe(false);
  });

  it('goes into a screen and back', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?');
    session.write('4');
    await session.waitFor('netlearn › Ports');
    session.write(keys.escape);
    await session.waitFor('What do you want to learn today?');
  });

  it('switches the language with Tab', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?');
    session.write(keys.tab);
    const screen = await session.waitFor('¿Qué querés aprender hoy?');
    expect(screen).toContain('[ES]');
  });

  it('starts in Spanish from LANG', async () => {
    const session = spawn([], { env: { LANG: 'es_AR.UTF-8' } });
    await session.waitFor('¿Qué querés aprender hoy?');
  });

  it('quits with q, exit 0, the terminal restored', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?');
    session.write('q');
    const { exitCode } = await session.exited;
    expect(exitCode).toBe(0);
    expect(session.onMainScreen()).toBe(true);
    expect(session.cursorVisible()).toBe(true);
  });

  it('quits with Ctrl+C from inside a screen, the terminal restored', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?');
    session.write('3');
    await session.waitFor('netlearn › Subnets');
    session.write(keys.ctrlC);
    await session.exited;
    expect(session.onMainScreen()).toBe(true);
    expect(session.cursorVisible()).toBe(true);
  });

  it('leaves cleanly on SIGTERM, the terminal restored', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?');
    session.signal('SIGTERM');
    const { exitCode } = await session.exited;
    expect(exitCode).toBe(0);
    expect(session.onMainScreen()).toBe(true);
    expect(session.cursorVisible()).toBe(true);
  });

  it('survives a colour escape typed or pasted into it', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?');
    session.write('\u001B[31m\u001B[1;5X');
    session.write(keys.down);
    await session.waitFor('› 2 IP to binary');
  });

  it('renders in a 60x20 terminal without losing the footer', async () => {
    const session = spawn([], { cols: 60, rows: 20 });
    const screen = await session.waitFor('q quit');
    // More tools than rows: the menu scrolls with the cursor and says how many are below.
    expect(screen).toContain('1 Lessons');
    expect(screen).toMatch(/↓ \d+ more/);
    expect(screen.split('\n').every((line) => line.length <= 60)).toBe(true);
    // Up from the first row wraps to the last.
    session.write(keys.up);
    const last = await session.waitFor('› 0 Practice');
    expect(last).toMatch(/↑ \d+ more/);
  });

  it('at 60x20 in Spanish the menu window follows the cursor and shows the whole hint of a two-line item', async () => {
    const session = spawn([], { cols: 60, rows: 20, env: { LANG: 'es_AR.UTF-8' } });
    await session.waitFor('q salir');
    for (let step = 0; step < 9; step++) session.write(keys.down);
    const screen = await session.waitFor('› s Servidor de chat');
    for (const row of ['9 Demo en vivo', 'c Cliente de chat']) expect(screen).toContain(row);
    expect(screen).toMatch(/al que se suman nc y\s+tu Python/);
  });

  it('follows a resize in the middle of a screen', async () => {
    const session = spawn([]);
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
    const coloured = spawn([]);
    await coloured.waitFor('What do you want to learn today?');
    expect(coloured.output()).toMatch(/\u001B\[3[0-9]m/);
    coloured.write('q');
    await coloured.exited;
    const plain = spawn([], { env: { NO_COLOR: '1' } });
    await plain.waitFor('What do you want to learn today?');
    expect(plain.output()).not.toMatch(/\u001B\[3[0-9]m/);
  });

  it('honours NO_COLOR in a terminal, and colours without it', async () => {
    const plain = spawn(['--help'], { env: { NO_COLOR: '1' } });
    await plain.exited;
    expect(plain.output()).toContain('Usage');
    expect(plain.output()).not.toMatch(sgr);
    const coloured = spawn(['--help']);
    await coloured.exited;
    expect(coloured.output()).toMatch(sgr);
  });
});
