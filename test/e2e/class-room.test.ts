import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, cliPath, jsonLines, runCli } from '../helpers/cli.js';
import { canRun, learnerServers, startLearnerServer, type LearnerServer } from '../helpers/learner-server.js';
import { oneTimingFileAtATime } from '../helpers/timing-turn.js';

oneTimingFileAtATime();
/*
 * A room of students, each server on its own loopback address (127.0.0.x: the tests run without
 * network namespaces where root is missing; every address of 127.0.0.0/8 is this machine's, one
 * socket each, so each student is a separate server as on a LAN): the learner fixtures in every style,
 * correct and buggy, and three students whose server is not running.
 */
const port = 20_000 + Math.floor(Math.random() * 20_000);
const absent = 3;
// Fixtures of another protocol need their own profile, and a class has one; the IPv6-only one ignores its address.
const room = learnerServers.filter(
  (server) => !server.profile && !server.file.includes('ipv6') && canRun(server.runtime),
);
const students = [
  ...room.map((server, index) => ({ id: `s${index + 1}`, server, host: `127.0.0.${100 + index}` })),
  ...Array.from({ length: absent }, (_, index) => ({
    id: `x${index + 1}`,
    server: undefined,
    host: `127.0.0.${200 + index}`,
  })),
];
const folder = mkdtempSync(join(tmpdir(), 'netlearn-room-'));
const db = join(folder, 'gradebook.sqlite');
const stops: (() => void)[] = [];

beforeAll(async () => {
  const started = await Promise.all(
    students.flatMap(({ server, host }) => (server ? [startLearnerServer(server, { host, port })] : [])),
  );
  stops.push(...started.map((one) => one.stop));
  writeFileSync(
    join(folder, 'alumnos.csv'),
    [
      'id;nombre;host',
      ...students.map(({ id, server, host }) => `${id};"${server?.file ?? 'ausente'}, Peña";${host}`),
    ].join('\r\n'),
  );
}, 60_000);
afterAll(() => stops.forEach((stop) => stop()));

const expected = (server: LearnerServer | undefined) =>
  server ? { verdict: server.verdict, cause: server.cause } : { verdict: 'unreachable', cause: 'unreachable' };

describe('a class of servers on one machine', () => {
  it(
    `sweeps ${students.length} students, and each gets the verdict and cause check gives them alone`,
    // Thirty verdicts judged by how fast real servers answer: on a busy machine a second run decides.
    { timeout: 300_000, retry: 1 },
    async () => {
      const init = await runCli([
        'class',
        'init',
        'room',
        '--roster',
        join(folder, 'alumnos.csv'),
        '--port',
        String(port),
        '--db',
        db,
      ]);
      expect(init.code, init.stderr).toBe(0);
      // Four at a time: the room's 28 servers share this machine's two cores with the checker itself.
      const swept = await runCli(['class', 'sweep', 'room', '--strict', '--json', '--parallel', '4', '--db', db], {
        timeout: 240_000,
      });
      expect(swept.code, swept.stderr).toBe(0);
      const found = Object.fromEntries(
        jsonLines(swept.stdout)
          .filter((record) => record.type === 'student')
          .map((record) => [record.studentId, { verdict: record.verdict, cause: record.cause }]),
      );
      expect(found).toEqual(Object.fromEntries(students.map(({ id, server }) => [id, expected(server)])));
      // The manifest is what `check` says of each fixture alone (learner-servers.test.ts); one more here.
      const alone = await runCli(['check', students[1]!.host, '--port', String(port), '--strict', '--json'], {
        timeout: 60_000,
      });
      const judgement = jsonLines(alone.stdout)[0];
      expect({ verdict: judgement.verdict, cause: judgement.cause }).toEqual(found[students[1]!.id]);
      // Thirty verdicts judged by how fast real servers answer: on a busy machine a second run decides.
    },
  );

  it('killed half-way, keeps every student that finished, whole; swept again, has each student once', async () => {
    const file = join(folder, 'killed.sqlite');
    const init = await runCli([
      'class',
      'init',
      'room',
      '--roster',
      join(folder, 'alumnos.csv'),
      '--port',
      String(port),
      '--db',
      file,
    ]);
    expect(init.code).toBe(0);
    const child = spawn(
      process.execPath,
      [cliPath, 'class', 'sweep', 'room', '--json', '--parallel', '4', '--db', file],
      {
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    let printed = '';
    await new Promise<void>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        printed += chunk;
        if (printed.split('\n').length > 6) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('close', resolve));
    const ids = jsonLines(printed.slice(0, printed.lastIndexOf('\n') + 1)).map((record) => record.studentId as string);
    const book = new Database(file, { readonly: true });
    const recorded = book
      .prepare(
        'SELECT s.student_id AS id, (SELECT COUNT(*) FROM results x WHERE x.run_id = r.id) AS results, r.cause FROM runs r JOIN students s ON s.id = r.student',
      )
      .all() as { id: string; results: number; cause: string }[];
    book.close();
    // Every student printed was recorded (a run is written before it is printed), each with all its checks.
    expect(recorded.map((run) => run.id)).toEqual(expect.arrayContaining(ids));
    for (const run of recorded) expect(run.results, run.id).toBe(run.cause === 'unreachable' ? 0 : 12);
    const again = await runCli(['class', 'sweep', 'room', '--json', '--only', 'connect', '--db', file], {
      timeout: 120_000,
    });
    expect(again.code).toBe(0);
    const exported = jsonLines((await runCli(['class', 'export', 'room', '--json', '--db', file])).stdout);
    expect(exported.map((row) => row.studentId).sort()).toEqual(students.map((student) => student.id).sort());
  }, 300_000);
});
