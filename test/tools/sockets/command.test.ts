import { spawn } from 'node:child_process';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanEnv, cliPath, jsonLines, runCli } from '../../helpers/cli.js';

const open: (Server | Socket)[] = [];
afterEach(async () => {
  const things = open.splice(0);
  for (const thing of things) if ('destroy' in thing) thing.destroy();
  for (const thing of things) if (!('destroy' in thing)) await new Promise((resolve) => thing.close(resolve));
});

async function listen(): Promise<{ port: number; accepted: Socket[] }> {
  const accepted: Socket[] = [];
  const server = createServer((socket) => {
    accepted.push(socket);
    open.push(socket);
  });
  open.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, accepted };
}

async function connect(port: number): Promise<Socket> {
  const socket = createConnection({ host: '127.0.0.1', port });
  open.push(socket);
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

describe.runIf(process.platform === 'linux')('netlearn sockets', () => {
  it('prints the documented NDJSON rows for a port, this test as the owner', async () => {
    const { port } = await listen();
    const client = await connect(port);
    const { code, stdout } = await runCli(['sockets', '--port', String(port), '--json']);
    expect(code).toBe(0);
    const rows = jsonLines(stdout);
    // Listeners come first; the two sides of the connection follow by local port, which the OS picked.
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      local: ['127.0.0.1', port],
      remote: ['0.0.0.0', 0],
      state: 'LISTEN',
      role: 'listener',
      family: 'IPv4',
      sendQ: 0,
      recvQ: 0,
      pid: process.pid,
    });
    expect(rows.slice(1)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          local: ['127.0.0.1', port],
          remote: ['127.0.0.1', client.localPort],
          role: 'server',
        }),
        expect.objectContaining({ local: ['127.0.0.1', client.localPort], state: 'ESTABLISHED', role: 'client' }),
      ]),
    );
  });

  it('says in words what each state means, in Spanish too', async () => {
    const { port } = await listen();
    await connect(port);
    const en = await runCli(['sockets', '--port', String(port)]);
    expect(en.stdout).toContain(`LISTEN  listener  ('127.0.0.1', ${port})`);
    expect(en.stdout).toContain('Connected: both sides can send() and recv()');
    const es = await runCli(['sockets', '--port', String(port), '--lang', 'es']);
    expect(es.stdout).toContain(`LISTEN  escucha  ('127.0.0.1', ${port})`);
    expect(es.stdout).toContain('Conectado: los dos lados pueden hacer send() y recv()');
  });

  it('says when no socket uses the port', async () => {
    const { code, stdout } = await runCli(['sockets', '--port', '1']);
    expect(code).toBe(0);
    expect(stdout).toContain('No TCP sockets (port 1)');
  });

  it('refuses a port that is not one, with exit 2', async () => {
    const { code, stderr } = await runCli(['sockets', '--port', 'http']);
    expect(code).toBe(2);
    expect(stderr).toContain('http');
  });

  it('--watch reports the server closing first: ESTABLISHED -> TIME_WAIT, and the client gone', async () => {
    const { port, accepted } = await listen();
    const watcher = spawn(process.execPath, [cliPath, 'sockets', '--port', String(port), '--watch', '--json'], {
      env: cleanEnv(),
    });
    let out = '';
    watcher.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    try {
      await vi.waitFor(() => expect(out).toContain('"LISTEN"'), { timeout: 10_000 });
      const clientPort = (await connect(port)).localPort;
      await vi.waitFor(() => expect(accepted).toHaveLength(1));
      // Both ends seen established before the close, or a quick close could hide the client's end.
      await vi.waitFor(
        () => {
          const rows = out
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as { to?: string; role?: string });
          for (const role of ['server', 'client'])
            expect(rows.some((row) => row.to === 'ESTABLISHED' && row.role === role)).toBe(true);
        },
        { timeout: 10_000 },
      );
      accepted[0]!.end();
      await vi.waitFor(
        () => {
          const events = jsonLines(out);
          expect(events).toContainEqual(
            expect.objectContaining({ type: 'change', from: 'ESTABLISHED', to: 'TIME_WAIT', role: 'server' }),
          );
          expect(events).toContainEqual(
            expect.objectContaining({ type: 'change', to: null, local: ['127.0.0.1', clientPort] }),
          );
        },
        { timeout: 10_000 },
      );
    } finally {
      watcher.kill('SIGINT');
    }
    const code = await new Promise((resolve) => watcher.once('close', resolve));
    expect(code).toBe(0);
  });
});
