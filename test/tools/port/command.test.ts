import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

let holder: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (holder ? holder.close(() => resolve()) : resolve()));
  holder = undefined;
});

describe('netlearn port', () => {
  it('prints the documented JSON for 443', async () => {
    const { code, stdout } = await runCli(['port', '443', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'port',
      'range',
      'rangeStart',
      'rangeEnd',
      'ianaName',
      'service',
      'privileged',
      'ephemeral',
    ]);
    expect(json).toMatchObject({
      port: 443,
      range: 'well-known',
      rangeStart: 0,
      rangeEnd: 1023,
      ianaName: 'System',
      service: 'HTTPS',
    });
    expect(Object.keys(json.ephemeral)).toEqual(['start', 'end', 'source', 'contains']);
  });

  it('explains the range and the service in words', async () => {
    const { code, stdout } = await runCli(['port', '22']);
    expect(code).toBe(0);
    expect(stdout).toContain('well-known (0-1023)');
    expect(stdout).toContain('SSH');
  });

  it.runIf(process.platform === 'linux')(
    'explains that the Linux ephemeral range overlaps the registered range',
    async () => {
      const { stdout } = await runCli(['port', '40000']);
      expect(stdout).toContain("reaches into IANA's registered range (1024-49151)");
    },
  );

  it('finds a port this test holds in use with --try-bind', async () => {
    const port = await new Promise<number>((resolve) => {
      holder = createServer().listen(0, '127.0.0.1', () => resolve((holder!.address() as { port: number }).port));
    });
    const { code, stdout } = await runCli(['port', String(port), '--try-bind', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).tryBind).toEqual({ result: 'in-use', code: 'EADDRINUSE', port });
    const text = await runCli(['port', String(port), '--try-bind']);
    expect(text.stdout).toContain('in use (EADDRINUSE)');
  });

  it.each([
    ['70000', 'too large'],
    ['-5', 'negative'],
    ['', 'empty'],
    ['1e2', 'exponent'],
    ['0x10', 'hexadecimal'],
    ['80.5', 'decimal point'],
    ['123456789012345678901234567890', 'too large'],
    ['abc', 'not a port'],
  ])('exits 2 on %j and says why', async (input, words) => {
    const { code, stdout, stderr } = await runCli(['port', input]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(words);
    expect(stderr).not.toMatch(/at .*\.js/);
  });

  it('port 0 is not privileged and is explained as "let the OS pick"', async () => {
    const { code, stdout } = await runCli(['port', '0']);
    expect(code).toBe(0);
    expect(stdout).toContain('not needed: port 0 is not a real port but a request: "let the OS pick a free one"');
    expect(JSON.parse((await runCli(['port', '0', '--json'])).stdout).privileged).toBe(false);
  });

  it('quotes control characters in a bad port the way ip does', async () => {
    const { code, stderr } = await runCli(['port', '\u001B[31m80']);
    expect(code).toBe(2);
    expect(stderr).toContain('"\\x1B[31m80" is not a port');
    expect(stderr).not.toContain('\u001B');
  });

  it('explains bad input in Spanish with --lang es', async () => {
    const { code, stderr } = await runCli(['port', '70000', '--lang', 'es']);
    expect(code).toBe(2);
    expect(stderr).toContain('el puerto "70000" es demasiado grande');
  });
});
