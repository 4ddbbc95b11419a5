import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lineClient } from '../../helpers/line-client.js';
import { cleanEnv, cliPath, jsonLines, runCli } from '../../helpers/cli.js';

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `netlearn serve` on a port the OS picks and returns it with the port it printed. */
async function serve(extra: string[] = []) {
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', ...extra], {
    env: cleanEnv(),
    stdio: 'pipe',
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await vi.waitFor(
    () => {
      const match = /127\.0\.0\.1:(\d+)/.exec(stdout) ?? /"port":(\d+)/.exec(stdout);
      if (!match) throw new Error(`no port yet: ${stdout}${stderr}`);
      return Number(match[1]);
    },
    { timeout: 5000, interval: 20 },
  );
  return { child, port, exited, output: () => stdout, errors: () => stderr };
}

describe('netlearn serve', () => {
  it('SIGINT says goodbye to clients, exits 0, and the port is free at once', async () => {
    const server = await serve();
    const client = await lineClient(server.port);
    await client.waitForLine('Welcome');
    server.child.kill('SIGINT');
    await client.waitForLine('* The server is shutting down. Bye!');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('Stopped; the port is free again');
    // The exact command for this port: a bare `netlearn connect` only reaches port 5050.
    expect(server.output()).toContain(
      `Try: netlearn connect 127.0.0.1 --port ${server.port}, or nc 127.0.0.1 ${server.port}`,
    );
    const again = createServer();
    await new Promise<void>((resolve, reject) => again.once('error', reject).listen(server.port, '127.0.0.1', resolve));
    await new Promise((resolve) => again.close(resolve));
  });

  it('--json logs one JSON object per event', async () => {
    const server = await serve(['--json']);
    const client = await lineClient(server.port);
    await client.waitForLine('Welcome');
    const localPort = client.socket.localPort;
    client.send('hola');
    await vi.waitFor(() => expect(server.output()).toContain('"event":"message"'), { timeout: 3000 });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const events = jsonLines(server.output());
    expect(events[0]).toMatchObject({ event: 'listening', address: '127.0.0.1', family: 'IPv4' });
    expect(events[1]).toEqual({
      event: 'accepted',
      nick: 'guest1',
      peer: { address: '127.0.0.1', port: localPort, family: 'IPv4' },
      tuple: `('127.0.0.1', ${localPort})`,
    });
    expect(events[2]).toEqual({ event: 'message', nick: 'guest1', text: 'hola', bytes: 4 });
    expect(events.at(-1)).toEqual({ event: 'stopped' });
  });

  it('a port in use is a clear error naming the port, exit 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const { code, stderr } = await runCli(['serve', '--port', String(port)]);
      expect(code).toBe(1);
      expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(stderr).toContain('--port');
    } finally {
      blocker.close();
    }
  });

  it('a bad --max-clients is a typing error', async () => {
    const { code, stderr } = await runCli(['serve', '--max-clients', 'lots']);
    expect(code).toBe(2);
    expect(stderr).toContain('--max-clients must be a whole number');
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)('a Python client gets the welcome with its own tuple, and its line reaches others', async () => {
    const server = await serve();
    const listener = await lineClient(server.port);
    await listener.waitForLine('Welcome');
    const script = [
      'import socket',
      `s = socket.create_connection(("127.0.0.1", ${server.port}))`,
      'f = s.makefile("rb")',
      'print(f.readline().decode().strip())',
      'print(s.getsockname())',
      's.sendall("hola desde Python, ñ\\n".encode())',
      's.close()',
    ].join('\n');
    const result = spawnSync('python3', ['-c', script], { encoding: 'utf8', timeout: 10_000 });
    const [welcome, own] = result.stdout.trim().split('\n');
    expect(welcome).toContain(`The server sees you as ${own}`);
    await listener.waitForLine('[guest2] hola desde Python, ñ');
  });
  if (!python) it('a Python client (skipped: python3 not found)', () => {});
});

describe('netlearn connect, piped', () => {
  it('sends stdin lines, prints received lines, exits 0 when stdin ends', async () => {
    const server = await serve();
    const other = await lineClient(server.port);
    await other.waitForLine('Welcome');
    const result = await runCli(['connect', '--port', String(server.port)], { input: 'hola\n/users\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\* Welcome to the netlearn chat\. The server sees you as \('127\.0\.0\.1', \d+\)/);
    expect(result.stdout).toContain('* 2 connected:');
    expect(result.stderr).toMatch(
      /\* Connected: you are \('127\.0\.0\.1', \d+\), the server is \('127\.0\.0\.1', \d+\)/,
    );
    await other.waitForLine('[guest2] hola');
  });

  it('exits 0 when the server closes', async () => {
    const server = await serve();
    const child = spawn(process.execPath, [cliPath, 'connect', '--port', String(server.port)], {
      env: cleanEnv(),
      stdio: 'pipe',
    });
    children.push(child);
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    await vi.waitFor(() => expect(stdout).toContain('Welcome'), { timeout: 5000 });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    server.child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('* The server is shutting down. Bye!');
  });

  it('escape sequences from the server never reach stdout', async () => {
    const evil = createServer((socket) => socket.end('\u001B]0;pwned\u0007\u001B[2Jhello\u0007\n'));
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = evil.address() as { port: number };
      const result = await runCli(['connect', '--port', String(port)]);
      expect(result.stdout).toBe('hello\\x07\n');
    } finally {
      evil.close();
    }
  });

  it('nothing listening: a clear error naming host and port, exit 1', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const result = await runCli(['connect', '127.0.0.1', '--port', String(port)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`nothing is listening at 127.0.0.1:${port}`);
  });
});

describe('bad host or port for connect and serve: typing errors, exit 2', () => {
  it.each([
    [['connect', '', '--port', '1'], 'the host is empty'],
    [['connect', '--port', '0'], 'cannot connect to port 0'],
    [['connect', '127.0.0.1:5050'], 'write the port with --port: netlearn connect 127.0.0.1 --port 5050'],
    [['serve', '--host', '999.1.1.1'], 'octet 1 of the address, 999, is over 255'],
    [['serve', '--host', ''], '--host is empty'],
  ])('%j', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('in Spanish too', async () => {
    const { code, stderr } = await runCli(['--lang', 'es', 'connect', '127.0.0.1:5050']);
    expect(code).toBe(2);
    expect(stderr).toContain('escribí el puerto con --port: netlearn connect 127.0.0.1 --port 5050');
  });
});
