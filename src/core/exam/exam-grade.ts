import { parse } from 'csv-parse/sync';
import { InputError, isInputError } from '../input-error.js';
import { answerPrint, expectedPrint } from './answer-print.js';
import { decodeCode, encodeCode } from './completion-code.js';
import { examQuestions } from './exam-questions.js';
import type { ExamSpec } from './exam-spec.js';
import { examPrint, studentPrint } from './prints.js';

/** The completion code of one student's answers (an empty answer for each question not reached). */
export function examCode(spec: ExamSpec, studentId: string, answers: readonly string[], seconds: number): string {
  const questions = examQuestions(spec, studentId);
  return encodeCode({
    examPrint: examPrint(spec.id),
    studentPrint: studentPrint(studentId),
    seconds,
    answers: questions.map((question, n) => answerPrint(spec.id, studentId, n, question, answers[n] ?? '')),
  });
}

/** One code scored against the variant it claims to answer. */
export interface CodeScore {
  correct: number;
  total: number;
  seconds: number;
  /** Per question, whether its answer was right. */
  right: boolean[];
}

/** Scores answer prints against one student's variant, whatever the code says it belongs to. */
export function scorePrints(spec: ExamSpec, studentId: string, answers: readonly number[]): boolean[] {
  return examQuestions(spec, studentId).map(
    (question, n) => answers[n] === expectedPrint(spec.id, studentId, n, question),
  );
}

/**
 * Recomputes the student's variant and scores their code. A typo, a code of another exam or one made
 * for another student id throws an InputError saying so: it is never scored.
 */
export function gradeCode(spec: ExamSpec, studentId: string, code: string): CodeScore {
  const fields = decodeCode(code, spec.count);
  if (fields.examPrint !== examPrint(spec.id)) throw new InputError('exam-code-other-exam', { part: spec.id });
  if (fields.studentPrint !== studentPrint(studentId))
    throw new InputError('exam-code-other-student', { part: studentId });
  const right = scorePrints(spec, studentId, fields.answers);
  return { correct: right.filter(Boolean).length, total: right.length, seconds: fields.seconds, right };
}

/** One row of a teacher's codes file. */
export interface CodeEntry {
  /** The file's line the row ends on, for messages. */
  line: number;
  studentId: string;
  name: string;
  code: string;
}

/** Most rows a codes file may hold: a big school's year, not a runaway file. */
const maxCodeRows = 10_000;

/**
 * A codes file: a header with `student_id` and `code` (and `name` if the teacher likes), then one row
 * a student. Commas or semicolons, a BOM, CRLF are all fine; anything else throws naming the line.
 */
export function parseCodesCsv(text: string): CodeEntry[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with the line it ends on (csv-parse's types do not follow the option).
    records = parse(text, {
      bom: true,
      info: true,
      delimiter: [',', ';'],
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const { lines, code } = error as { lines?: number; code?: string };
    throw new InputError('exam-csv-invalid', { line: lines ?? 1, reason: code ?? 'CSV' });
  }
  const [header, ...rows] = records;
  const columns = (header?.record ?? []).map((name) => name.toLowerCase().replace(/[\s-]/g, '_'));
  const at = { student: columns.indexOf('student_id'), code: columns.indexOf('code'), name: columns.indexOf('name') };
  if (at.student < 0 || at.code < 0)
    throw new InputError('exam-csv-header', { line: header?.info.lines ?? 1, part: (header?.record ?? []).join(',') });
  if (rows.length > maxCodeRows)
    throw new InputError('exam-csv-too-long', { line: rows[maxCodeRows]!.info.lines, max: maxCodeRows });
  return rows.map(({ record, info }) => {
    const studentId = record[at.student] ?? '';
    const code = record[at.code] ?? '';
    if (studentId === '') throw new InputError('exam-csv-field-empty', { line: info.lines, field: 'student_id' });
    if (code === '') throw new InputError('exam-csv-field-empty', { line: info.lines, field: 'code' });
    return { line: info.lines, studentId, name: at.name < 0 ? '' : (record[at.name] ?? ''), code };
  });
}

/** A row graded, or why it could not be: the problem keeps the InputError for the user's language. */
export type GradedEntry = { entry: CodeEntry } & ({ score: CodeScore } | { problem: InputError });

/** Grades every row: a bad code is reported on its own line, the others are still graded. */
export function gradeEntries(spec: ExamSpec, entries: readonly CodeEntry[]): GradedEntry[] {
  return entries.map((entry) => {
    try {
      return { entry, score: gradeCode(spec, entry.studentId, entry.code) };
    } catch (error) {
      if (isInputError(error)) return { entry, problem: error };
      throw error;
    }
  });
}
