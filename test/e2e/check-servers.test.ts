import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { basicCheckIds, serverCheckIds } from '../../src/core/check/checks.js';
import { runCli } from '../helpers/cli.js';
import { ndjson, startServer } from './check-fixture.js';
import { oneTimingFileAtATime } from '../helpers/timing-turn.js';

oneTimingFileAtATime();
const stops: (() => void)[] = [];
afterAll(() => stops.forEach((stop) => stop()));

async function server(name: string): Promise<number> {
  const started = await startServer(name);
  stops.push(started.stop);
  return started.port;
}

describe('netlearn check against Python chat servers written as learners write them', () => {
  it('passes every check, advanced ones too, on the correct server, with the NDJSON of the issue', async () => {
    const port = await server('correct');
    const result = await runCli(['check', `127.0.0.1:${port}`, '--strict', '--json'], { timeout: 60_000 });
    const lines = ndjson(result.stdout);
    expect(lines[0]).toMatchObject({ type: 'judgement', verdict: 'pass', cause: 'ok' });
    const checks = lines.filter((line) => line.type === 'check');
    expect(checks.map((line) => line.id)).toEqual([...serverCheckIds]);
    for (const line of checks) {
      expect(Object.keys(line)).toEqual([
        'type',
        'id',
        'level',
        'status',
        'cause',
        'ms',
        'sent',
        'received',
        'details',
        'lesson',
        'diagnosis',
      ]);
      expect({ id: line.id, status: line.status, diagnosis: line.diagnosis }).toMatchObject({ status: 'pass' });
    }
    expect(lines.at(-1)).toEqual({ type: 'summary', passed: 12, failed: 0, skipped: 0, notRun: 0, exitCode: 0 });
    expect(result.code).toBe(0);
  }, 90_000);

  // Each buggy server fails its own check, with the diagnosis that names its bug.
  const cases: [string, string, RegExp][] = [
    ['echo-only', 'broadcast', /only to its sender/],
    ['no-threads', 'concurrent', /own thread/],
    ['recv-is-message', 'split-line', /arrived as two messages/],
    ['recv-is-message', 'two-lines', /arrived as one message/],
    ['recv-is-message', 'long-line', /recv\(1024\)/],
    ['decode-chunks', 'utf8', /UnicodeDecodeError/],
    ['latin1', 'utf8', /Ã±/],
    ['no-empty-check', 'clean-leave', /lines of nothing/],
    ['no-try', 'abrupt-leave', /try\/except OSError/],
    ['no-lock', 'churn', /threading\.Lock/],
    ['typical', 'slow-reader', /own queue/],
  ];
  it.concurrent.each(cases)(
    '%s fails %s',
    async (name, id, diagnosis) => {
      const port = await server(name);
      const result = await runCli(['check', '--port', String(port), '--only', id, '--timeout', '2', '--json'], {
        timeout: 60_000,
      });
      const [judgement, check, summary] = ndjson(result.stdout);
      expect(judgement).toMatchObject({ type: 'judgement' });
      expect(check).toMatchObject({ type: 'check', id, status: 'fail' });
      expect(check!.diagnosis).toMatch(diagnosis);
      const advanced = id === 'slow-reader';
      expect(summary).toMatchObject({ type: 'summary', failed: 1, exitCode: advanced ? 0 : 1 });
      expect(result.code).toBe(advanced ? 0 : 1);
    },
    60_000,
  );

  it(
    'plain output: the verdict first, then one line per check and a summary; the typical server fails only slow-reader with --strict',
    // Judged by how fast a real server answers: on a busy machine a second run decides.
    { timeout: 90_000, retry: 1 },
    async () => {
      const port = await server('typical');
      const result = await runCli(['check', `127.0.0.1:${port}`, '--strict', '--timeout', '2'], { timeout: 60_000 });
      const said = result.stdout.trim().split('\n');
      expect(said[0]).toMatch(/^Verdict: fail\. One client can hold up the others \(check "slow-reader"\)/);
      expect(said[1]).toMatch(/^Your server is `python3 .*typical\.py.*`, pid \d+\.$/);
      const lines = said.slice(said.indexOf('') + 1);
      expect(lines).toHaveLength(serverCheckIds.length + 1);
      for (const id of basicCheckIds) expect(lines.find((line) => line.includes(`  ${id}  `))).toMatch(/^pass /);
      expect(lines.find((line) => line.includes('  slow-reader  '))).toMatch(
        /^FAIL .*lesson: netlearn lesson safe-broadcast/,
      );
      expect(lines.at(-1)).toBe('11 passed, 1 failed, 0 skipped');
      expect(result.code).toBe(1);
      // Judged by how fast a real server answers: on a busy machine a second run decides.
    },
  );
});

describe('netlearn check never hangs', () => {
  let silent: Server | undefined;
  const held: Socket[] = [];
  afterAll(() => {
    held.forEach((socket) => socket.destroy());
    silent?.close();
  });

  it(
    'a server that accepts and never answers ends each check at its deadline',
    // The leak is read from /proc while other files keep the machine busy: a second run decides.
    { timeout: 40_000, retry: 1 },
    async () => {
      silent = createServer((socket) => held.push(socket.on('error', () => {})));
      await new Promise<void>((resolve) => silent!.listen(0, '127.0.0.1', resolve));
      const port = (silent.address() as { port: number }).port;
      const result = await runCli(
        ['check', `127.0.0.1:${port}`, '--only', 'broadcast,utf8', '--timeout', '1', '--json'],
        {
          timeout: 30_000,
        },
      );
      const [judgement, broadcast, utf8, summary] = ndjson(result.stdout);
      // It also never closes a socket whose client left: /proc shows them pile up in CLOSE_WAIT.
      expect(judgement).toMatchObject({ type: 'judgement', verdict: 'fail', cause: 'leak', kind: 'close-wait' });
      expect(broadcast).toMatchObject({ id: 'broadcast', status: 'fail', received: '' });
      expect(broadcast!.diagnosis).toMatch(/No other client got the line/);
      // It needs a line to reach another client, which none did: not run, rather than a guess.
      expect(utf8).toMatchObject({ id: 'utf8', status: 'not-run', dependsOn: 'broadcast' });
      expect(summary).toMatchObject({ failed: 1, notRun: 1, exitCode: 1 });
      expect(result.code).toBe(1);
      // The leak is read from /proc while the machine is busy with other files: a second run decides.
    },
  );

  it('says plainly when nothing is listening, in both languages, exit 1', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const en = await runCli(['check', `127.0.0.1:${port}`]);
    expect(en.stderr).toContain(
      `nothing is listening on 127.0.0.1:${port}: is your server running? Python would say ConnectionRefusedError`,
    );
    expect(en.code).toBe(1);
    const es = await runCli(['check', '--port', String(port), '--lang', 'es']);
    expect(es.stderr).toContain(`no hay nada escuchando en 127.0.0.1:${port}`);
    expect(es.code).toBe(1);
    // A script still gets a record on stdout.
    const json = await runCli(['check', '--port', String(port), '--json']);
    expect(ndjson(json.stdout)[0]).toMatchObject({
      type: 'judgement',
      verdict: 'fail',
      cause: 'unreachable',
      code: 'ECONNREFUSED',
    });
    expect(json.code).toBe(1);
  });

  it.each([
    [['--only', 'brodcast'], /there is no check "brodcast" \(did you mean broadcast\?\)/],
    [['--only', ','], /--only needs check ids/],
    [['--timeout', 'soon'], /--timeout must be a number of seconds from 0.5 to 60/],
    [['127.0.0.1:5050', '--port', '6000'], /two different ports: one in "127.0.0.1:5050" and --port 6000/],
    [['127.0.0.1:0'], /cannot connect to port 0/],
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['300.1.1.1'], /300/],
  ])('bad input %j exits 2 with a clear message', async (args, message) => {
    const result = await runCli(['check', ...args]);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.c?js/);
    expect(result.code).toBe(2);
  });

  it('bad input is explained in Spanish too', async () => {
    const result = await runCli(['check', '--only', 'utf9', '--lang', 'es']);
    expect(result.stderr).toMatch(/no hay ninguna prueba "utf9" \(¿quisiste decir utf8\?\)/);
    expect(result.code).toBe(2);
  });
});
