import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cleanEnv, cliPath, runCliStdinOpen } from '../helpers/cli.js';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A loopback server that does `onSocket` to each client; resolves with its port. */
async function tinyServer(onSocket: (socket: import('node:net').Socket) => void): Promise<number> {
  const server = createServer(onSocket);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

describe('a piped command ends when its work is done, even with stdin left open', () => {
  it('quiz --json prints the score after the last answer and exits 0 while the script keeps stdin open', async () => {
    // Before: the score was printed, then the process waited forever for stdin's end.
    const result = await runCliStdinOpen(
      ['quiz', 'port', '--seed', '5', '--count', '1', '--json'],
      'registered\n',
      8000,
    );
    expect(result.stdout).toContain('"event":"score"');
    expect(result.ended).toBe(true);
    expect(result.code).toBe(0);
  });

  it('connect exits 0 when the server closes, without waiting for stdin to end', async () => {
    const port = await tinyServer((socket) => socket.once('data', () => socket.end('hello from the server\n')));
    const result = await runCliStdinOpen(['connect', '127.0.0.1', '--port', String(port)], 'hi\n', 8000);
    expect(result.stdout).toContain('hello from the server');
    expect(result.ended).toBe(true);
    expect(result.code).toBe(0);
  });

  it('connect to a server that resets at once says so and exits 1, never "the server is \'\'"', async () => {
    const port = await tinyServer((socket) => socket.resetAndDestroy());
    const result = await runCliStdinOpen(['connect', '127.0.0.1', '--port', String(port)], '', 8000);
    expect(result.ended).toBe(true);
    expect(result.stderr).not.toContain("''");
    expect(result.stderr).toMatch(/reset/);
    expect(result.code).toBe(1);
  });
});

describe('a watcher ends cleanly when its terminal goes away', () => {
  it('sockets --watch exits 0 on SIGHUP (terminal closed) instead of being killed by it', async () => {
    const child = spawn(process.execPath, [cliPath, 'sockets', '--watch', '--interval', '200'], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    let seen = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('Ctrl+C stops')) resolve();
      }),
    );
    child.kill('SIGHUP');
    const killer = setTimeout(() => child.kill('SIGKILL'), 8000);
    const { code, signal } = await ended;
    clearTimeout(killer);
    expect(signal).toBeNull();
    expect(code).toBe(0);
  });
});
