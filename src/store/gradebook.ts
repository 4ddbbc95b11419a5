import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Judgement } from '../core/check/judgement.js';
import type { RosterEntry } from '../core/class/roster.js';
import type { GradeRow } from '../core/grades-csv.js';
import type { StudentRun } from '../core/class/student-run.js';
import { GradebookError, gradebookProblem } from './gradebook-error.js';
import { migrate } from './migrations.js';
import {
  resultOf,
  storedResult,
  type ClassInfo,
  type ClassSummary,
  type FirstPass,
  type ResultRow,
  type RunRow,
  type SweepInfo,
} from './gradebook-records.js';

export type { ClassInfo, ClassSummary, FirstPass, SweepInfo } from './gradebook-records.js';

/**
 * The teacher's gradebook: classes, rosters, sweeps and every result, in one SQLite file (WAL, so
 * the grid reads while a sweep writes). Each student's run is written in one transaction: a sweep
 * killed half-way keeps every student that finished and nothing torn. Nothing else knows SQL.
 */
export class Gradebook {
  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {}

  /** Opens (creating if need be) the file at `path` and brings its schema up to date. */
  static open(path: string): Gradebook {
    return guard(path, () => {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      const db = new Database(path, { timeout: 2000 });
      try {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('synchronous = NORMAL');
        migrate(db, path);
      } catch (error) {
        db.close();
        throw error;
      }
      return new Gradebook(db, path);
    });
  }

  close(): void {
    this.db.close();
  }

  createClass(info: Omit<ClassInfo, 'createdAt'>, students: readonly RosterEntry[], at: Date): void {
    this.write(() => {
      if (this.classId(info.name) !== undefined) throw new GradebookError('class-exists', this.path, info.name);
      const { lastInsertRowid } = this.db
        .prepare('INSERT INTO classes (name, port, profile, created_at) VALUES (?, ?, ?, ?)')
        .run(info.name, info.port, info.profile, at.toISOString());
      const add = this.db.prepare(
        'INSERT INTO students (class_id, student_id, name, host, port, position) VALUES (?, ?, ?, ?, ?, ?)',
      );
      students.forEach((student, position) =>
        add.run(lastInsertRowid, student.studentId, student.name, student.host, student.port, position),
      );
    });
  }

  classes(): ClassSummary[] {
    return this.read(
      () =>
        this.db
          .prepare(
            `SELECT c.name, c.port, c.profile, c.created_at AS createdAt,
                    (SELECT COUNT(*) FROM students s WHERE s.class_id = c.id) AS students,
                    (SELECT COUNT(*) FROM sweeps w WHERE w.class_id = c.id) AS sweeps,
                    (SELECT MAX(started_at) FROM sweeps w WHERE w.class_id = c.id) AS lastSweep
             FROM classes c ORDER BY c.name`,
          )
          .all() as ClassSummary[],
    );
  }

  classInfo(name: string): ClassInfo {
    const found = this.read(
      () =>
        this.db.prepare('SELECT name, port, profile, created_at AS createdAt FROM classes WHERE name = ?').get(name) as
          ClassInfo | undefined,
    );
    if (!found) throw new GradebookError('class-unknown', this.path, name);
    return found;
  }

  students(className: string): RosterEntry[] {
    const id = this.existingClass(className);
    return this.read(
      () =>
        this.db
          .prepare(
            'SELECT student_id AS studentId, name, host, port FROM students WHERE class_id = ? ORDER BY position',
          )
          .all(id) as RosterEntry[],
    );
  }

  /** One student of a class; an id the roster lacks is named as unknown. */
  student(className: string, studentId: string): RosterEntry {
    const found = this.students(className).find((student) => student.studentId === studentId);
    if (!found) throw new GradebookError('student-unknown', this.path, studentId);
    return found;
  }

  startSweep(className: string, at: Date): number {
    const id = this.existingClass(className);
    return this.write(() =>
      Number(
        this.db.prepare('INSERT INTO sweeps (class_id, started_at) VALUES (?, ?)').run(id, at.toISOString())
          .lastInsertRowid,
      ),
    );
  }

  /** One student's run, all or nothing; a second run of the same student in one sweep replaces the first. */
  recordRun(sweepId: number, run: StudentRun): void {
    this.write(() => {
      const student = this.db
        .prepare(
          'SELECT s.id FROM students s JOIN sweeps w ON w.class_id = s.class_id WHERE w.id = ? AND s.student_id = ?',
        )
        .get(sweepId, run.studentId) as { id: number } | undefined;
      if (!student) throw new GradebookError('student-unknown', this.path, run.studentId);
      this.db.prepare('DELETE FROM runs WHERE sweep_id = ? AND student = ?').run(sweepId, student.id);
      const { judgement } = run;
      const runId = this.db
        .prepare(
          `INSERT INTO runs (sweep_id, student, verdict, cause, judgement, score, max_score, late, finished_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          sweepId,
          student.id,
          judgement.verdict,
          judgement.cause,
          JSON.stringify(judgement),
          run.score,
          run.maxScore,
          run.late ? 1 : 0,
          run.finishedAt,
        ).lastInsertRowid;
      const add = this.db.prepare(
        'INSERT INTO results (run_id, check_id, status, cause, ms, result) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const result of run.results)
        add.run(runId, result.id, result.status, result.cause, result.ms, JSON.stringify(storedResult(result)));
    });
  }

  finishSweep(sweepId: number, at: Date): void {
    this.write(() => this.db.prepare('UPDATE sweeps SET finished_at = ? WHERE id = ?').run(at.toISOString(), sweepId));
  }

  sweeps(className: string): SweepInfo[] {
    const id = this.existingClass(className);
    return this.read(
      () =>
        this.db
          .prepare(
            `SELECT w.id, w.started_at AS startedAt, w.finished_at AS finishedAt,
                    (SELECT COUNT(*) FROM runs r WHERE r.sweep_id = w.id) AS runs
             FROM sweeps w WHERE w.class_id = ? ORDER BY w.id`,
          )
          .all(id) as SweepInfo[],
    );
  }

  /** Each student's latest run, in roster order; a student never swept has none. */
  latestRuns(className: string): Map<string, StudentRun> {
    const id = this.existingClass(className);
    return this.read(() => {
      const rows = this.db
        .prepare(
          `SELECT s.student_id, r.id, r.judgement, r.score, r.max_score, r.late, r.finished_at
           FROM students s JOIN runs r ON r.id = (SELECT MAX(id) FROM runs WHERE student = s.id)
           WHERE s.class_id = ? ORDER BY s.position`,
        )
        .all(id) as RunRow[];
      const results = this.db.prepare(
        'SELECT check_id AS id, status, cause, ms, result FROM results WHERE run_id = ? ORDER BY rowid',
      );
      return new Map(
        rows.map((row) => [
          row.student_id,
          {
            studentId: row.student_id,
            judgement: JSON.parse(row.judgement) as Judgement,
            results: (results.all(row.id) as ResultRow[]).map(resultOf),
            score: row.score,
            maxScore: row.max_score,
            finishedAt: row.finished_at,
            ...(row.late ? { late: true } : {}),
          },
        ]),
      );
    });
  }

  /**
   * An exam's grades for the students of a class, in one transaction: a regrade of the same exam
   * replaces each student's row. Ids the roster lacks are not written; they come back.
   */
  recordExamGrades(className: string, examId: string, rows: readonly GradeRow[], at: Date): { unknown: string[] } {
    const id = this.existingClass(className);
    return this.write(() => {
      const find = this.db.prepare('SELECT id FROM students WHERE class_id = ? AND student_id = ?');
      const put = this.db.prepare(
        `INSERT OR REPLACE INTO exam_grades (exam_id, student, score, passed, failed, comments, graded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      const unknown: string[] = [];
      for (const row of rows) {
        const student = find.get(id, row.studentId) as { id: number } | undefined;
        if (!student) unknown.push(row.studentId);
        else put.run(examId, student.id, row.score, row.passed, row.failed, row.comments, at.toISOString());
      }
      return { unknown };
    });
  }

  /** An exam's grades in roster order; a student with no grade is left out. */
  examGrades(className: string, examId: string): GradeRow[] {
    const id = this.existingClass(className);
    return this.read(
      () =>
        this.db
          .prepare(
            `SELECT s.student_id AS studentId, s.name, g.score, g.passed, g.failed, g.comments
             FROM exam_grades g JOIN students s ON s.id = g.student
             WHERE s.class_id = ? AND g.exam_id = ? ORDER BY s.position`,
          )
          .all(id, examId) as GradeRow[],
    );
  }

  /** When each check first passed, per student (one student with `studentId`), earliest first. */
  firstPasses(className: string, studentId?: string): FirstPass[] {
    const id = this.existingClass(className);
    return this.read(
      () =>
        this.db
          .prepare(
            `SELECT s.student_id AS studentId, x.check_id AS checkId, MIN(r.finished_at) AS at
             FROM students s JOIN runs r ON r.student = s.id JOIN results x ON x.run_id = r.id
             WHERE s.class_id = ? AND x.status = 'pass' AND (? IS NULL OR s.student_id = ?)
             GROUP BY s.id, x.check_id ORDER BY s.position, at, x.check_id`,
          )
          .all(id, studentId ?? null, studentId ?? null) as FirstPass[],
    );
  }

  private classId(name: string): number | undefined {
    return (this.db.prepare('SELECT id FROM classes WHERE name = ?').get(name) as { id: number } | undefined)?.id;
  }

  private existingClass(name: string): number {
    const id = this.read(() => this.classId(name));
    if (id === undefined) throw new GradebookError('class-unknown', this.path, name);
    return id;
  }

  private read<T>(body: () => T): T {
    return guard(this.path, body);
  }

  private write<T>(body: () => T): T {
    return guard(this.path, () => this.db.transaction(body).immediate());
  }
}

/** Runs a database step; SQLite's failures become what the user is told (a corrupt or locked file). */
function guard<T>(path: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    const problem = error instanceof GradebookError ? undefined : gradebookProblem(error);
    if (problem) throw new GradebookError(problem, path);
    throw error;
  }
}
