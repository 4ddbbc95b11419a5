import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown> & { event: string });

describe('netlearn demo, piped', () => {
  it('--json prints the scene, one event per line, in a fixed order', async () => {
    const { code, stdout } = await runCli(['demo', '--clients', '2', '--json']);
    expect(code).toBe(0);
    const events = parse(stdout);
    expect(events.map((e) => e.event)).toEqual([
      'listening',
      ...['connected', 'accepted', 'message', 'closed'],
      ...['connected', 'accepted', 'message', 'closed'],
      'stopped',
    ]);
    const listening = events[0] as unknown as { family: string; address: string; port: number };
    expect(listening).toMatchObject({ family: 'IPv4', address: '127.0.0.1' });
    const connected = events[1] as unknown as { local: { address: string; port: number }; remote: { port: number } };
    expect(connected.remote).toEqual({ address: '127.0.0.1', port: listening.port });
    expect(events[2]).toEqual({
      event: 'accepted',
      client: 1,
      peer: { address: '127.0.0.1', port: connected.local.port, family: 'IPv4' },
      tuple: `('127.0.0.1', ${connected.local.port})`,
    });
    expect(events[3]).toEqual({
      event: 'message',
      client: 1,
      text: '¡Hola! I am client 1 — ñandú',
      bytes: 33,
      hex: Buffer.from('¡Hola! I am client 1 — ñandú').toString('hex'),
    });
    expect(events[4]).toEqual({ event: 'closed', client: 1, by: 'client' });
  });

  it('plain output is one readable line per event, three clients by default', async () => {
    const { code, stdout } = await runCli(['demo']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1 + 3 * 4 + 1);
    expect(lines[0]).toMatch(
      /^Server listening on 127\.0\.0\.1 port \d+ \(IPv4\) {3}# s = socket\.socket\(socket\.AF_INET, socket\.SOCK_STREAM\); s\.bind\(\("127\.0\.0\.1", \d+\)\); s\.listen\(\)$/,
    );
    expect(lines[2]).toMatch(
      /^Server accepted client 1: conn, addr = s\.accept\(\) gives addr = \('127\.0\.0\.1', \d+\)$/,
    );
  });

  it('--family inet6 uses ::1 and four-part tuples', async () => {
    const { code, stdout } = await runCli(['demo', '--clients', '1', '--family', 'inet6', '--json']);
    expect(code).toBe(0);
    const events = parse(stdout);
    expect(events[0]).toMatchObject({ family: 'IPv6', address: '::1' });
    expect(events[2]!.tuple).toMatch(/^\('::1', \d+, 0, 0\)$/);
  });

  it('--family unix runs over a socket file in a temporary folder', async () => {
    const { code, stdout } = await runCli(['demo', '--clients', '1', '--family', 'unix', '--json']);
    expect(code).toBe(0);
    const events = parse(stdout);
    expect(events[0]).toMatchObject({ family: 'Unix', port: null });
    expect(String(events[0]!.address)).toMatch(/netlearn-demo-.*\/demo\.sock$/);
    expect(events[2]).toMatchObject({ tuple: "''" });
  });

  it('Spanish greeting, Spanish lines', async () => {
    const { stdout } = await runCli(['demo', '--clients', '1', '--lang', 'es']);
    expect(stdout).toContain('mandó "¡Hola! Soy el cliente 1 — ñandú" (36 bytes: c2 a1 48');
  });

  it('a port already in use is a clear error naming it, exit 1', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const { code, stderr } = await runCli(['demo', '--port', String(port)]);
      expect(code).toBe(1);
      expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(stderr).not.toMatch(/at .*\.js/);
    } finally {
      blocker.close();
    }
  });

  it('bad options are typing errors, exit 2', async () => {
    expect((await runCli(['demo', '--clients', '0'])).code).toBe(2);
    expect((await runCli(['demo', '--family', 'ipx'])).stderr).toContain('--family must be one of inet, inet6, unix');
    expect((await runCli(['demo', '--port', '70000'])).stderr).toContain(
      '--port must be a whole number from 0 to 65535',
    );
  });
});
