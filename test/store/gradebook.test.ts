import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExplainedResult, Judgement } from '../../src/core/check/judgement.js';
import type { StudentRun } from '../../src/core/class/student-run.js';
import { Gradebook } from '../../src/store/gradebook.js';
import { GradebookError } from '../../src/store/gradebook-error.js';
import { migrations } from '../../src/store/migrations.js';

const opened: Gradebook[] = [];
const fileIn = () => join(mkdtempSync(join(tmpdir(), 'gradebook-')), 'class.sqlite');
function open(path = fileIn()): Gradebook {
  const book = Gradebook.open(path);
  opened.push(book);
  return book;
}
afterEach(() => opened.splice(0).forEach((book) => book.close()));

const roster = [
  { studentId: '1', name: 'Ana Peña', host: '127.0.0.2', port: 5050 },
  { studentId: '2', name: 'Beto', host: '127.0.0.3', port: 6000 },
];
const passed: Judgement = { verdict: 'pass', cause: 'none', details: {} } as unknown as Judgement;
const result = (id: string, status: 'pass' | 'fail'): ExplainedResult =>
  ({ id, status, cause: status === 'pass' ? 'none' : 'no-echo', ms: 5 }) as unknown as ExplainedResult;
const run = (studentId: string, statuses: Record<string, 'pass' | 'fail'>, finishedAt: string): StudentRun => ({
  studentId,
  judgement: passed,
  results: Object.entries(statuses).map(([id, status]) => result(id, status)),
  score: Object.values(statuses).filter((status) => status === 'pass').length,
  maxScore: Object.keys(statuses).length,
  finishedAt,
});

function problemOf(body: () => unknown): string | undefined {
  try {
    body();
  } catch (error) {
    return error instanceof GradebookError ? error.problem : `not a gradebook error: ${String(error)}`;
  }
  return undefined;
}

describe('the gradebook', () => {
  it('keeps a class and its roster in order, across a reopen', () => {
    const path = fileIn();
    open(path).createClass({ name: 'redes', port: 5050, profile: null }, roster, new Date('2026-12-07T10:00:00Z'));
    const again = open(path);
    expect(again.students('redes')).toEqual(roster);
    expect(again.classInfo('redes')).toMatchObject({ name: 'redes', port: 5050, profile: null });
  });

  it('is at the latest schema version, and a second open migrates nothing twice', () => {
    const path = fileIn();
    open(path);
    open(path);
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a class name that exists, and a class that does not', () => {
    const book = open();
    book.createClass({ name: 'redes', port: 5050, profile: null }, roster, new Date());
    expect(problemOf(() => book.createClass({ name: 'redes', port: 5050, profile: null }, [], new Date()))).toBe(
      'class-exists',
    );
    expect(problemOf(() => book.students('otra'))).toBe('class-unknown');
  });

  it("gives each student's latest run, and when each check first passed", () => {
    const book = open();
    book.createClass({ name: 'redes', port: 5050, profile: null }, roster, new Date());
    const first = book.startSweep('redes', new Date());
    book.recordRun(first, run('1', { connect: 'pass', broadcast: 'fail' }, '2026-12-07T10:00:00.000Z'));
    book.finishSweep(first, new Date());
    const second = book.startSweep('redes', new Date());
    book.recordRun(second, run('1', { connect: 'pass', broadcast: 'pass' }, '2026-12-07T10:05:00.000Z'));
    const latest = book.latestRuns('redes');
    expect([...latest.keys()]).toEqual(['1']);
    expect(latest.get('1')!.results.map((found) => found.status)).toEqual(['pass', 'pass']);
    expect(book.firstPasses('redes')).toEqual([
      { studentId: '1', checkId: 'connect', at: '2026-12-07T10:00:00.000Z' },
      { studentId: '1', checkId: 'broadcast', at: '2026-12-07T10:05:00.000Z' },
    ]);
    expect(book.sweeps('redes').map((sweep) => [sweep.runs, sweep.finishedAt === null])).toEqual([
      [1, false],
      [1, true],
    ]);
  });

  it('records a rerun of one student in a sweep once, not twice', () => {
    const book = open();
    book.createClass({ name: 'redes', port: 5050, profile: null }, roster, new Date());
    const sweep = book.startSweep('redes', new Date());
    book.recordRun(sweep, run('2', { connect: 'fail' }, '2026-12-07T10:00:00.000Z'));
    book.recordRun(sweep, run('2', { connect: 'pass' }, '2026-12-07T10:01:00.000Z'));
    expect(book.sweeps('redes')[0]!.runs).toBe(1);
    expect(book.latestRuns('redes').get('2')!.score).toBe(1);
  });

  it('leaves nothing of a run whose writing failed half-way', () => {
    const book = open();
    book.createClass({ name: 'redes', port: 5050, profile: null }, roster, new Date());
    const sweep = book.startSweep('redes', new Date());
    const torn = run('1', { connect: 'pass' }, '2026-12-07T10:00:00.000Z');
    // Two results for one check break the primary key after the run row is written.
    torn.results.push(result('connect', 'fail'));
    expect(() => book.recordRun(sweep, torn)).toThrow();
    expect(book.latestRuns('redes').size).toBe(0);
  });

  it('says a file that is not a database is corrupt, instead of a stack trace', () => {
    const path = fileIn();
    writeFileSync(path, 'id,name\n'.repeat(1000));
    expect(problemOf(() => open(path))).toBe('corrupt');
  });

  it('says a file made by a newer netlearn is newer', () => {
    const path = fileIn();
    const raw = new Database(path);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    expect(problemOf(() => open(path))).toBe('newer');
  });

  it('says the gradebook is locked while another program holds it for writing', () => {
    const path = fileIn();
    const book = open(path);
    book.createClass({ name: 'redes', port: 5050, profile: null }, roster, new Date());
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(problemOf(() => book.startSweep('redes', new Date()))).toBe('locked');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  }, 10_000);
});

describe('exam grades in the gradebook', () => {
  const row = (studentId: string, score: number) => ({
    studentId,
    name: '',
    score,
    passed: 1,
    failed: 0,
    comments: 'ok',
  });

  it('keeps one grade a student and exam, a regrade replacing it, and names ids the roster lacks', () => {
    const book = open();
    book.createClass({ name: 'redes', port: 5050, profile: null }, roster, new Date());
    expect(book.recordExamGrades('redes', 'EXAM1', [row('1', 50), row('99', 10)], new Date())).toEqual({
      unknown: ['99'],
    });
    book.recordExamGrades('redes', 'EXAM1', [row('1', 75)], new Date());
    expect(book.examGrades('redes', 'EXAM1')).toEqual([{ ...row('1', 75), name: 'Ana Peña' }]);
  });

  it('brings a version 1 gradebook up to date without losing its classes', () => {
    const path = fileIn();
    const raw = new Database(path);
    raw.exec(migrations[0]!);
    raw.pragma('user_version = 1');
    raw.prepare("INSERT INTO classes (name, port, profile, created_at) VALUES ('vieja', 5050, NULL, 'x')").run();
    raw.close();
    const book = open(path);
    expect(book.classes().map((info) => info.name)).toEqual(['vieja']);
    expect(book.examGrades('vieja', 'E')).toEqual([]);
  });
});

describe('what the gradebook keeps of a result', () => {
  it('keeps the diagnosis and its figures, not the bytes that went back and forth', () => {
    const book = open();
    book.createClass({ name: 'redes', port: 5050, profile: null }, roster, new Date());
    const sweep = book.startSweep('redes', new Date());
    const flooded = run('1', { 'slow-reader': 'fail' }, '2026-12-07T10:00:00.000Z');
    Object.assign(flooded.results[0]!, {
      reason: 'slow-reader-blocked',
      details: { bytes: 3, of: 8 },
      received: 'x'.repeat(500_000),
    });
    book.recordRun(sweep, flooded);
    const back = book.latestRuns('redes').get('1')!.results[0]!;
    expect(back).toMatchObject({
      id: 'slow-reader',
      level: 'advanced',
      lesson: 'safe-broadcast',
      details: { bytes: 3, of: 8 },
    });
    expect(back.received).toBe('');
  });
});
