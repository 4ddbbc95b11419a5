import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classSources, fakeRun, runClass } from '../../helpers/class-room.js';

const roster = 'id;nombre;host\n1;Ana Peña;192.168.1.21\n2;"Peña, ""Tati""";192.168.1.22:6000\n3;Caro;192.168.1.23\n';
const servers = {
  '192.168.1.21': (ids: readonly string[]) => fakeRun(ids),
  '192.168.1.22': (ids: readonly string[]) =>
    fakeRun(ids, { id: 'broadcast', reason: 'broadcast-none', cause: 'concurrency' }),
};

async function sweptClass() {
  const room = classSources(servers, { 'alumnos.csv': roster });
  const made = await runClass(['class', 'init', 'redes', '--roster', 'alumnos.csv'], room.sources);
  expect(made.err).toBe('');
  expect(made.code).toBe(0);
  const swept = await runClass(['class', 'sweep', 'redes', '--json', '--only', 'connect,broadcast'], room.sources);
  return { room, swept };
}

const records = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('netlearn class', () => {
  it("sweeps every student's server and reports each one's verdict, cause and score", async () => {
    const { swept } = await sweptClass();
    expect(swept.err).toBe('');
    expect(swept.code).toBe(0);
    const students = records(swept.out).filter((record) => record.type === 'student');
    const byId = Object.fromEntries(students.map((record) => [record.studentId, record]));
    expect(byId['1']).toMatchObject({ verdict: 'pass', cause: 'ok', score: 2, maxScore: 2, port: 5050 });
    expect(byId['2']).toMatchObject({ verdict: 'fail', cause: 'concurrency', score: 1, port: 6000 });
    expect(byId['3']).toMatchObject({ verdict: 'unreachable', score: 0 });
    expect(records(swept.out).at(-1)).toMatchObject({
      type: 'sweep',
      passed: 1,
      failed: 1,
      unreachable: 1,
      complete: true,
    });
  });

  it('exports a CSV that Python reads back with the same names and numbers', async () => {
    const { room } = await sweptClass();
    const { out, code } = await runClass(['class', 'export', 'redes', '--csv'], room.sources);
    expect(code).toBe(0);
    const file = join(room.dir, 'notas.csv');
    writeFileSync(file, out);
    const read = JSON.parse(
      execFileSync(
        'python3',
        ['-c', 'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline="")))))', file],
        {
          encoding: 'utf8',
        },
      ),
    ) as string[][];
    expect(read.map((row) => row.slice(0, 5))).toEqual([
      ['student_id', 'name', 'score', 'passed', 'failed'],
      ['1', 'Ana Peña', '2', '2', '0'],
      ['2', 'Peña, "Tati"', '1', '1', '1'],
      ['3', 'Caro', '0', '0', '0'],
    ]);
    expect(read[2]![5]).toContain('netlearn lesson safe-broadcast');
  });

  it('writes the comments in the language asked for', async () => {
    const { room } = await sweptClass();
    const { out } = await runClass(['class', 'export', 'redes', '--csv', '--lang', 'es'], room.sources);
    expect(out).toContain('¿estaba corriendo tu servidor?');
  });

  it('writes one feedback page a student, with what failed and the lesson to read', async () => {
    const { room } = await sweptClass();
    const { code } = await runClass(['class', 'export', 'redes', '--feedback', 'pages'], room.sources);
    expect(code).toBe(0);
    expect([...room.pages.keys()].sort()).toEqual(['pages/1.md', 'pages/2.md', 'pages/3.md']);
    expect(room.pages.get('pages/2.md')).toMatch(
      /# Peña, "Tati": your chat server[\s\S]*\*\*broadcast\*\*[\s\S]*netlearn lesson safe-broadcast/,
    );
  });

  it('says when each check first passed, per student', async () => {
    const { room } = await sweptClass();
    const { out } = await runClass(['class', 'history', 'redes', '2', '--json'], room.sources);
    expect(records(out)).toEqual([
      { type: 'first-pass', studentId: '2', name: 'Peña, "Tati"', check: 'connect', at: '2026-12-07T10:00:00.000Z' },
    ]);
  });

  it('finds the servers answering on a network of this room with --scan', async () => {
    const room = classSources(servers);
    const made = await runClass(['class', 'init', 'lab', '--scan', '192.168.1.0/24', '--json'], room.sources);
    expect(records(made.out)).toEqual([{ type: 'class', name: 'lab', port: 5050, students: 2 }]);
  });
});

describe('netlearn class on bad input', () => {
  it('names the roster line that is wrong, exit 2', async () => {
    const room = classSources(servers, { 'alumnos.csv': '1,Ana,192.168.1.21\n2,Beto,192.168.1.999\n' });
    const { code, err } = await runClass(['class', 'init', 'redes', '--roster', 'alumnos.csv'], room.sources);
    expect(code).toBe(2);
    expect(err).toMatch(/line 2 of the roster: "192\.168\.1\.999" is not a host/);
  });

  it('refuses to scan a network this machine is not on, exit 2', async () => {
    const { code, err } = await runClass(
      ['class', 'init', 'x', '--scan', '10.0.0.0/24'],
      classSources(servers).sources,
    );
    expect(code).toBe(2);
    expect(err).toContain('10.0.0.0/24 is not a network this machine is on');
  });

  it('names an unknown class and the classes there are, exit 2', async () => {
    const { room } = await sweptClass();
    const { code, err } = await runClass(['class', 'sweep', 'otra'], room.sources);
    expect(code).toBe(2);
    expect(err).toContain('there is no class otra; the classes: redes');
  });

  it('says a damaged gradebook is damaged and how to use another, exit 1, no stack trace', async () => {
    const room = classSources(servers);
    const bad = join(room.dir, 'broken.sqlite');
    writeFileSync(bad, 'not a database at all, just text\n'.repeat(200));
    const { code, err } = await runClass(['class', 'list', '--db', bad], room.sources);
    expect(code).toBe(1);
    expect(err).toContain('is damaged or is not a gradebook');
    expect(err).toContain('--db PATH');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('offers the verb meant by a typo', async () => {
    const { code, err } = await runClass(['class', 'swep', 'redes'], classSources(servers).sources);
    expect(code).toBe(2);
    expect(err).toContain('did you mean sweep?');
  });

  it('asks what to export', async () => {
    const { room } = await sweptClass();
    const { code, err } = await runClass(['class', 'export', 'redes'], room.sources);
    expect(code).toBe(2);
    expect(err).toContain('--csv');
  });
});
