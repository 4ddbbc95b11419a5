import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n/dictionaries.js';
import { createPaint } from '../../src/output/paint.js';
import runServe from '../../src/tools/chat/serve-command.js';
import type { ServeTool } from '../../src/tools/chat/serve-entry.js';
import serveWords from '../../src/tools/chat/serve-words.en.js';
import chatSources from '../../src/tools/chat/sources.js';
import type { CommandContext } from '../../src/tools/tool.js';
import { runCli } from '../helpers/cli.js';
import { lineClient } from '../helpers/line-client.js';
import { trackSessions } from '../helpers/pty.js';
import { refused } from '../helpers/refused.js';

const spawn = trackSessions();
const attack = '\u001B[2J\u001B]0;pwned\u0007\u202E';

describe('error messages quote what was typed made visible', () => {
  const cases = [
    [[attack]],
    [['ip', `--x${attack}`]],
    [['--lang', attack, 'ip', '1.2.3.4']],
    [['help', attack]],
    [['ip', '1.2.3.4', attack]],
    [['quiz', attack]],
    [['lesson', attack]],
    [['quiz', '--count', attack]],
    [['connect', attack, '--port', '1']],
  ] as const;
  it.each(cases)('netlearn %j', async (args) => {
    const { code, stderr } = await runCli([...args]);
    expect(stderr).toContain('\\x1B[2J');
    expect(stderr).toContain('\\u202E');
    expect(stderr).not.toMatch(/[\u001B\u0007\u202E]/);
    expect(stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(code === 1 || code === 2).toBe(true);
  });
});

describe('screens and signals', () => {
  it('DEV=true (Ink would load its devtools) changes nothing: the serve screen opens and q stops it', async () => {
    // Before: every screen failed with "Ve.initialize is not a function" and serve kept running headless.
    const session = spawn(['serve', '--port', '0'], { cols: 90, rows: 24, env: { DEV: 'true' } });
    const screen = await session.waitFor(/netlearn connect 127\.0\.0\.1 --port \d+/);
    const port = Number(/--port (\d+)/.exec(screen)![1]);
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
    expect(await refused(port)).toBe(true);
  });

  it('SIGQUIT on a screen restores the terminal and stops the server, telling the clients', async () => {
    const session = spawn(['serve', '--port', '0'], { cols: 90, rows: 24 });
    const screen = await session.waitFor(/netlearn connect 127\.0\.0\.1 --port \d+/);
    const port = Number(/--port (\d+)/.exec(screen)![1]);
    const client = await lineClient(port);
    await client.waitForLine('Welcome');
    session.signal('SIGQUIT');
    await client.waitForLine('shutting down');
    await session.exited;
    expect(session.onMainScreen()).toBe(true);
    expect(session.cursorVisible()).toBe(true);
    expect(await refused(port)).toBe(true);
    client.socket.destroy();
  });
});

it('a serve screen that fails to start leaves no server running behind it', async () => {
  // Before: with DEV=true the screen threw, and serve went on listening headless.
  let port = 0;
  const stream = () => new PassThrough() as unknown as NodeJS.WriteStream;
  const ctx: CommandContext<ServeTool> = {
    args: [],
    flags: { port: '0' },
    lang: 'en',
    t: dictionary('en'),
    words: serveWords,
    sources: chatSources,
    json: false,
    paint: createPaint(false),
    stdin: new PassThrough() as unknown as NodeJS.ReadStream,
    stdout: stream(),
    stderr: stream(),
    env: {},
    interactive: true,
    openScreen: async (handoff) => {
      port = handoff!.port;
      throw new TypeError('Ve.initialize is not a function');
    },
  };
  await expect(runServe(ctx)).rejects.toThrow('Ve.initialize');
  expect(port).toBeGreaterThan(0);
  expect(await refused(port)).toBe(true);
});
