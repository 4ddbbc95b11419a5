import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../../helpers/cli.js';

const folder = mkdtempSync(join(tmpdir(), 'netlearn-explain-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs a small Python program from a file (so its traceback quotes the lines) and returns its stderr. */
function python(source: string): string {
  const file = join(folder, `program-${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(file, source);
  return spawnSync('python3', [file], { encoding: 'utf8', timeout: 20_000 }).stderr;
}

/** A port that nothing listens on right now: the OS hands one out, and it is closed at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe.runIf(hasPython)('netlearn explain on real Python tracebacks', () => {
  it('binding a port twice: address in use, with the port from the traceback, in English', async () => {
    const port = await closedPort();
    const traceback = python(
      `import socket\na = socket.socket(); a.bind(("127.0.0.1", ${port})); a.listen()\n` +
        `b = socket.socket(); b.bind(("127.0.0.1", ${port}))\n`,
    );
    expect(traceback).toContain('OSError: [Errno 98] Address already in use');
    const { code, stdout } = await runCli(['explain'], { input: traceback });
    expect(code).toBe(0);
    expect(stdout).toContain('Address already in use');
    expect(stdout).toContain(`bind() asked the OS for 127.0.0.1:${port}`);
    expect(stdout).toContain(`netlearn sockets --port ${port}`);
    expect(stdout).toContain('socket.SO_REUSEADDR, 1');
    expect(stdout).not.toContain('Traceback');
  });

  it('connecting to a closed port: connection refused, in Spanish, naming the address', async () => {
    const port = await closedPort();
    const traceback = python(`import socket\nsocket.create_connection(("127.0.0.1", ${port}))\n`);
    expect(traceback).toContain('ConnectionRefusedError: [Errno 111] Connection refused');
    const { code, stdout } = await runCli(['explain', '--lang', 'es'], { input: traceback });
    expect(code).toBe(0);
    expect(stdout).toContain('Conexión rechazada');
    expect(stdout).toContain(`Tu connect() mandó un SYN a 127.0.0.1:${port}`);
    expect(stdout).toContain('ECONNREFUSED Linux');
  });

  it('sending after the peer reset: reset or broken pipe, whichever the OS said', async () => {
    const traceback = python(
      [
        'import socket, struct, time',
        'server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen()',
        'client = socket.create_connection(server.getsockname())',
        'conn, _ = server.accept()',
        // SO_LINGER with a zero timeout: close() sends RST instead of FIN.
        'client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)); client.close()',
        'time.sleep(0.2)',
        'for _ in range(3): conn.sendall(b"hola\\n"); time.sleep(0.05)',
      ].join('\n'),
    );
    const last = traceback.trim().split('\n').pop()!;
    expect(last).toMatch(/^(ConnectionResetError: \[Errno 104\]|BrokenPipeError: \[Errno 32\])/);
    const { code, stdout } = await runCli(['explain', '--json'], { input: traceback });
    expect(code).toBe(0);
    const [finding] = jsonLines(stdout);
    expect(finding.kind).toBe(last.startsWith('Connection') ? 'connection-reset' : 'broken-pipe');
    expect(finding.input).toBe(last);
    expect(finding.lesson).toBe('connection-life');
  });

  it('a connect() that times out on a local server that never accepts: the accept queue, not a wrong IP', async () => {
    const traceback = python(
      [
        'import socket',
        'server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(0)',
        'port = server.getsockname()[1]',
        // listen(0) queues one connection; with nobody calling accept(), the next SYNs are dropped.
        'queued = [socket.socket() for _ in range(3)]',
        'for q in queued: q.setblocking(False); q.connect_ex(("127.0.0.1", port))',
        'client = socket.create_connection(("127.0.0.1", port), timeout=1)',
      ].join('\n'),
    );
    expect(traceback.trim().split('\n').pop()).toBe('TimeoutError: timed out');
    const { stdout } = await runCli(['explain'], { input: traceback });
    expect(stdout).toContain('never calls accept()');
    expect(stdout).not.toContain('wrong IP');
    const es = await runCli(['explain', '--lang', 'es'], { input: traceback });
    expect(es.stdout).toContain('nunca llama a accept()');
  });

  it('an IPv4 socket given ::1: a family mismatch, not a name that could not be resolved', async () => {
    const traceback = python('import socket\ns = socket.socket()\ns.connect(("::1", 9))\n');
    expect(traceback).toContain('socket.gaierror: [Errno -9] Address family for hostname not supported');
    const { stdout } = await runCli(['explain', '--json'], { input: traceback });
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'family-mismatch', host: '::1', port: 9, lesson: 'af-inet' });
  });

  it('Ctrl+C while accept() blocks: KeyboardInterrupt, naming accept()', async () => {
    const file = join(folder, 'blocked.py');
    writeFileSync(
      file,
      'import socket\ns = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()\nprint("ready", flush=True)\nconn, addr = s.accept()\n',
    );
    const child = spawn('python3', [file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderrText = '';
    child.stderr.on('data', (chunk: Buffer) => (stderrText += chunk.toString()));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    // Ctrl+C only once the kernel shows the program waiting in accept(), so the traceback ends there.
    for (let tries = 0; tries < 500 && !readFileSync(`/proc/${child.pid}/wchan`, 'utf8').includes('accept'); tries++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('close', resolve));
    expect(stderrText.trim().split('\n').pop()).toBe('KeyboardInterrupt');
    const { stdout } = await runCli(['explain', '--json'], { input: stderrText });
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'keyboard-interrupt' });
    expect(JSON.parse(stdout).wire).toContain('in accept()');
  });

  it('a recv() that cut a ñ in half: UnicodeDecodeError with the byte and position', async () => {
    const traceback = python('data = ("a" * 1023 + "ñ").encode()[:1024]\ndata.decode()\n');
    expect(traceback).toContain("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1023");
    const { stdout } = await runCli(['explain', '--json'], { input: traceback });
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'unicode-decode', codec: 'utf-8', byte: '0xc3', position: 1023 });
  });
});

describe('netlearn explain', () => {
  it('explains each distinct error in piped output once and passes nothing else through', async () => {
    const input = [
      'server started on 5050',
      'ConnectionResetError: [Errno 104] Connection reset by peer',
      'client left',
      'ConnectionResetError: [Errno 104] Connection reset by peer',
      'BrokenPipeError: [Errno 32] Broken pipe',
    ].join('\n');
    const { code, stdout } = await runCli(['explain', '--json'], { input });
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).kind),
    ).toEqual(['connection-reset', 'broken-pipe']);
  });

  it.each([
    ['ECONNREFUSED', 'connection-refused'],
    ['10054', 'connection-reset'],
    ['48', 'address-in-use'],
    ['10048', 'address-in-use'],
    ['10053', 'connection-aborted'],
    ['socket.gaierror: [Errno -2] Name or service not known', 'name-unknown'],
    ['getaddrinfo ENOTFOUND servidor.local', 'name-unknown'],
    ['OSError: [Errno 99] Cannot assign requested address', 'cannot-assign'],
    ['OSError: [Errno 101] Network is unreachable', 'network-unreachable'],
    ['OSError: [Errno 113] No route to host', 'no-route'],
    ['PermissionError: [Errno 13] Permission denied', 'permission-denied'],
    ['TimeoutError: timed out', 'timed-out'],
    ["UnicodeEncodeError: 'ascii' codec can't encode character '\\xf1' in position 3", 'unicode-encode'],
    ['tcp        0      0 127.0.0.1:5050          127.0.0.1:36538         TIME_WAIT', 'time-wait'],
  ])('recognises %s', async (input, kind) => {
    const { code, stdout } = await runCli(['explain', input, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).kind).toBe(kind);
  });

  it('explains every kind in the file of real error lines when it is piped in whole', async () => {
    const fixture = readFileSync(new URL('../../fixtures/explain/errors.txt', import.meta.url), 'utf8');
    const expected = new Set([...fixture.matchAll(/^== (\S+)/gm)].map((match) => match[1]));
    const { code, stdout } = await runCli(['explain', '--json'], { input: fixture });
    expect(code).toBe(0);
    expect(new Set(jsonLines(stdout).map((finding) => finding.kind))).toEqual(expected);
  });

  it('names no port the input did not name', async () => {
    for (const input of ['ECONNREFUSED', 'OSError: [Errno 98] Address already in use', 'TimeoutError: timed out']) {
      const { stdout } = await runCli(['explain', input]);
      expect(stdout).not.toMatch(/--port|5050/);
    }
    const { stdout } = await runCli(['explain', 'Error: connect ECONNREFUSED 127.0.0.1:7007']);
    expect(stdout).toContain('netlearn check 127.0.0.1 --port 7007');
  });

  it('suggests the name a typo was close to', async () => {
    const { code, stderr } = await runCli(['explain', 'ECONNREFUSE']);
    expect(code).toBe(2);
    expect(stderr).toContain('Did you mean ECONNREFUSED?');
    const es = await runCli(['explain', 'ConectionResetError', '--lang', 'es']);
    expect(es.stderr).toContain('¿Quisiste decir ConnectionResetError?');
  });

  it('says which OS a number belongs to', async () => {
    const { stdout } = await runCli(['explain', '48']);
    expect(stdout).toContain('from: 48 = EADDRINUSE macOS');
  });

  it('refuses input it does not know with exit 2, listing what it knows', async () => {
    const { code, stdout, stderr } = await runCli(['explain', 'the', 'printer', 'is', 'on', 'fire']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"the printer is on fire"');
    expect(stderr).toContain('Address already in use');
    const es = await runCli(['explain', 'nada', '--lang', 'es']);
    expect(es.code).toBe(2);
    expect(es.stderr).toContain('netlearn no reconoce "nada"');
  });
});
