import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { clientCheckIds } from '../../src/core/check/checks.js';
import { cleanEnv, cliPath } from '../helpers/cli.js';
import { fixturePath, ndjson } from './check-fixture.js';

const children: ChildProcess[] = [];
afterAll(() => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL')));

/**
 * `netlearn check --client --json` with a Python fixture client: the client is started on the port
 * netlearn prints, types "hola ñandú", and its input ends (so it closes) once client-reads is done.
 */
function checkClient(name: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const checker = spawn(process.execPath, [cliPath, 'check', '--client', '--timeout', '2', '--json'], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(checker);
    let stdout = '';
    let stderr = '';
    let client: ChildProcess | undefined;
    checker.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('"id":"client-reads"')) client?.stdin?.end();
    });
    checker.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const port = /s\.connect\(\("127\.0\.0\.1", (\d+)\)\)/.exec(stderr)?.[1];
      if (port && !client) {
        client = spawn('python3', [fixturePath('chat-clients', name), port], { stdio: ['pipe', 'ignore', 'ignore'] });
        children.push(client);
        client.stdin!.on('error', () => {});
        client.stdin!.write('hola ñandú\n');
      }
    });
    checker.on('error', reject);
    checker.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('netlearn check --client with Python clients written as learners write them', () => {
  it('passes the correct client, and prints the Python line to paste', async () => {
    const result = await checkClient('correct');
    const lines = ndjson(result.stdout);
    expect(lines.filter((line) => line.type === 'check').map((line) => [line.id, line.status])).toEqual(
      clientCheckIds.map((id) => [id, 'pass']),
    );
    expect(lines.at(-1)).toEqual({ type: 'summary', passed: 4, failed: 0, skipped: 0, notRun: 0, exitCode: 0 });
    expect(result.stderr).toMatch(/In your client: s\.connect\(\("127\.0\.0\.1", \d+\)\)/);
    expect(result.stderr).toContain('Now type  hola ñandú  in your client');
    expect(result.code).toBe(0);
  }, 40_000);

  it.each([
    ['latin1', ['client-utf8'], /single byte \\xf1/],
    ['no-newline', ['client-utf8'], /without "\\n"/],
    ['no-reader', ['client-reads', 'client-close'], /still sit unread/],
    ['sends-and-quits', ['client-reads'], /closed or crashed before reading/],
    ['dies-before-reading', ['client-reads', 'client-close'], /closed or crashed before reading/],
  ])(
    '%s fails %j',
    async (name, failing, diagnosis) => {
      const result = await checkClient(name);
      const checks = ndjson(result.stdout).filter((line) => line.type === 'check');
      expect(checks.filter((line) => line.status === 'fail').map((line) => line.id)).toEqual(failing);
      expect(checks.find((line) => line.id === failing[0])!.diagnosis).toMatch(diagnosis);
      expect(result.code).toBe(1);
    },
    40_000,
  );
});
