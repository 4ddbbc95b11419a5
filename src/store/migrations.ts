import type Database from 'better-sqlite3';
import { GradebookError } from './gradebook-error.js';

/**
 * The gradebook's schema, one step per version, applied in order from the file's `user_version`.
 * A step once shipped never changes: a new version is a new step at the end.
 */
export const migrations: readonly string[] = [
  // 1: classes and their rosters, sweeps, and each student's run with every check's result.
  `
  CREATE TABLE classes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    port INTEGER NOT NULL,
    profile TEXT,
    created_at TEXT NOT NULL
  );
  CREATE TABLE students (
    id INTEGER PRIMARY KEY,
    class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    student_id TEXT NOT NULL,
    name TEXT NOT NULL,
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (class_id, student_id)
  );
  CREATE TABLE sweeps (
    id INTEGER PRIMARY KEY,
    class_id INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    finished_at TEXT
  );
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    sweep_id INTEGER NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE,
    student INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    verdict TEXT NOT NULL,
    cause TEXT NOT NULL,
    judgement TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    late INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT NOT NULL,
    UNIQUE (sweep_id, student)
  );
  CREATE INDEX runs_by_student ON runs(student, id);
  CREATE TABLE results (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    check_id TEXT NOT NULL,
    status TEXT NOT NULL,
    cause TEXT NOT NULL,
    ms INTEGER NOT NULL,
    result TEXT NOT NULL,
    PRIMARY KEY (run_id, check_id)
  );
  CREATE INDEX results_passed ON results(check_id, status);
  `,
  // 2: exam grades (netlearn exam grade --class), one row a student and exam; a regrade replaces it.
  `
  CREATE TABLE exam_grades (
    exam_id TEXT NOT NULL,
    student INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    passed INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    comments TEXT NOT NULL,
    graded_at TEXT NOT NULL,
    PRIMARY KEY (exam_id, student)
  );
  `,
];

/** Brings the schema from the file's version to the latest, each step in its own transaction. */
export function migrate(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) throw new GradebookError('newer', path);
  migrations.slice(version).forEach((step, index) =>
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${version + index + 1}`);
    })(),
  );
}
