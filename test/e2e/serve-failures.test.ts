import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv, cliPath } from '../helpers/cli.js';
import { refused } from '../helpers/refused.js';
import { peakRssMiB, rawSocket, startServe, waitForText, type ServeProcess } from '../helpers/serve-process.js';

let serve: ServeProcess | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  serve?.child.kill('SIGKILL');
  serve = undefined;
});

async function open(port: number): Promise<Socket> {
  const socket = await rawSocket(port);
  socket.on('error', () => {});
  sockets.push(socket);
  await waitForText(socket, 'Welcome');
  return socket;
}

const exited = (serve: ServeProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    serve.child.once('exit', (code, signal) => resolve({ code, signal })),
  );

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('serve keeps its promises when stdout or signals get in the way', () => {
  it('serve --json into a pipe nobody reads drops log lines, stays under 150 MiB, and SIGINT still ends it', async () => {
    // Before: every event kept for the stalled pipe and each broadcast copied per receiver: 407 MiB in
    // 5 s, and SIGINT never ended it. After: 94 MiB (75 with stdout read), exit 0.
    serve = await startServe();
    serve.child.stdout!.pause();
    const line = `${'z'.repeat(4000)}\n`.repeat(16);
    const talkers = await Promise.all(Array.from({ length: 20 }, () => open(serve!.port)));
    const until = Date.now() + 5000;
    while (Date.now() < until) {
      for (const socket of talkers) socket.write(line);
      await sleep(100);
    }
    const peak = peakRssMiB(serve.child.pid!);
    const end = exited(serve);
    serve.child.kill('SIGINT');
    const timer = sleep(8000).then(() => ({ code: 'still running', signal: null }));
    const result = await Promise.race([end, timer]);
    console.log(`serve --json, stalled stdout: peak ${peak.toFixed(0)} MiB, after SIGINT: exit ${result.code}`);
    expect(result).toEqual({ code: 0, signal: null });
    expect(peak).toBeLessThan(150);
  }, 60_000);

  it('SIGHUP tells the clients goodbye, frees the port and exits 0', async () => {
    serve = await startServe();
    const client = await open(serve.port);
    const bye = waitForText(client, 'shutting down');
    const end = exited(serve);
    serve.child.kill('SIGHUP');
    await bye;
    expect(await end).toEqual({ code: 0, signal: null });
    expect(await refused(serve.port)).toBe(true);
  });

  it('serve --json | head -1: the reader leaving stops the log, not the chat, and stderr says so', async () => {
    serve = await startServe();
    let stderr = '';
    serve.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    serve.child.stdout!.destroy();
    const a = await open(serve.port);
    const b = await open(serve.port);
    a.write('still here\n');
    await waitForText(b, '[guest1] still here');
    await expect.poll(() => stderr, { timeout: 5000 }).toContain('the log stops here; the chat goes on');
    expect(serve.child.exitCode).toBe(null);
  });
});

describe('a stdout error other than a closed pipe is one line and exit 1, for every command', () => {
  const commands = [
    ['ip', '1.2.3.4'],
    ['subnet', '10.0.0.0/8', '--split', '/28'],
    ['port', '80'],
    ['utf8', 'hola'],
    ['host'],
    ['families'],
    ['threads'],
    ['lessons'],
    ['lesson', '1'],
    ['quiz', '--seed', '1', '--count', '1'],
    ['help'],
    ['--version'],
    ['demo', '--json'],
    ['serve', '--json', '--port', '0'],
  ];
  it.each(commands)('netlearn %s > /dev/full', async (...args) => {
    const full = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [cliPath, ...args], { env: cleanEnv(), stdio: ['pipe', full, 'pipe'] });
    closeSync(full);
    child.stdin!.end('1\n');
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise((resolve) => child.once('close', resolve));
    expect(stderr).toMatch(/^netlearn: error: could not write the output \(ENOSPC\)[^\n]*\n$/);
    expect(code).toBe(1);
  });
});

describe('netlearn serve on loopback, as a learner runs it', () => {
  it('a default server on loopback takes a sixth client from 127.0.0.1: every client there is the learner', async () => {
    // Before: the fifth local client was refused by --max-per-address 4, meant for a classroom.
    serve = await startServe([], {}, { defaults: true });
    for (let i = 0; i < 6; i++) await open(serve.port);
    expect(serve.out.join('\n')).not.toContain('"refused"');
  });
});
