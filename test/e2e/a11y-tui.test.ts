import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { trackSessions } from '../helpers/pty.js';

const spawn = trackSessions();
const enterAlternateScreen = '\u001B[?1049h';
/** A colour code: 30-37, 90-97 or 38 (any other) as an SGR parameter. */
const colourCode = /\u001B\[(?:[\d;]*;)?(?:3[0-8]|9[0-7])(?:;[\d;]*)?m/;

describe('screen-reader mode in a real terminal', () => {
  it.each([
    ['--screen-reader', ['--screen-reader'], {}],
    ['INK_SCREEN_READER=true', [], { INK_SCREEN_READER: 'true' }],
  ] as const)('with %s the app stays on the main screen and says the menu as a menu', async (_name, args, env) => {
    const session = spawn([...args], { env });
    const screen = await session.waitFor('menu: menuitem: (selected) Learn: 1 Lessons');
    expect(screen).toContain('menuitem: Tools: 2 IP to binary');
    expect(session.onMainScreen()).toBe(true);
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
    expect(session.output()).not.toContain(enterAlternateScreen);
    expect(session.cursorVisible()).toBe(true);
  });
});

describe('themes in a real terminal', () => {
  it('--theme mono paints nothing, and is remembered for the next start', async () => {
    const config = mkdtempSync(join(tmpdir(), 'netlearn-theme-'));
    const first = spawn(['--theme', 'mono'], { env: { XDG_CONFIG_HOME: config } });
    await first.waitFor('What do you want to learn today?');
    first.write('q');
    await first.exited;
    expect(first.output()).not.toMatch(colourCode);
    expect(JSON.parse(readFileSync(join(config, 'netlearn', 'progress.json'), 'utf8')).theme).toBe('mono');

    const again = spawn([], { env: { XDG_CONFIG_HOME: config } });
    await again.waitFor('What do you want to learn today?');
    again.write('q');
    await again.exited;
    expect(again.output()).not.toMatch(colourCode);
  });

  it('the dark theme, the default, paints', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?');
    expect(session.output()).toMatch(colourCode);
  });

  it('names the themes for one that does not exist, exit 2', async () => {
    const { code, stderr } = await runCli(['--theme', 'mon', 'port', '80']);
    expect(code).toBe(2);
    expect(stderr).toContain('there is no theme "mon". Themes: dark, light, high-contrast, mono.');
    expect(stderr).toContain('Did you mean "mono"?');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the key list in a real terminal', () => {
  it('F1 opens it from inside a text field, where ? is a letter', async () => {
    const session = spawn([]);
    await session.waitFor('What do you want to learn today?');
    session.write('2');
    const field = await session.waitFor('F1 keys');
    expect(field).toContain('Address:');
    session.write('\u001BOP');
    const list = await session.waitFor('Every key, from the same table as the footer');
    expect(list).toContain('On IP to binary');
    session.write('\u001B');
    await session.waitFor('F1 keys');
  });
});
