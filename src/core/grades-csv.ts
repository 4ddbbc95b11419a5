import { stringify } from 'csv-stringify/sync';

/** One student's grade as a learning platform imports it (the class export and exam grades share it). */
export interface GradeRow {
  studentId: string;
  name: string;
  score: number;
  passed: number;
  failed: number;
  /** Feedback in the teacher's chosen language; may hold commas, quotes and line breaks. */
  comments: string;
}

const gradeColumns = ['student_id', 'name', 'score', 'passed', 'failed', 'comments'] as const;

/**
 * The grades as RFC 4180 CSV: a header, CRLF line ends, a field quoted when it holds the separator, a
 * quote or a line break. `excel` writes what Excel in a Spanish locale opens as columns: a BOM (so it
 * reads UTF-8) and `;` (since `,` is its decimal comma).
 */
export function gradesCsv(rows: readonly GradeRow[], options: { excel?: boolean } = {}): string {
  const records = rows.map((row) => [row.studentId, row.name, row.score, row.passed, row.failed, row.comments]);
  return stringify([[...gradeColumns], ...records], {
    delimiter: options.excel ? ';' : ',',
    record_delimiter: 'windows',
    bom: options.excel === true,
    // csv-stringify quotes a bare LF only when it is the record delimiter: RFC 4180 wants any break quoted.
    quoted_match: /[\r\n]/,
    cast: { number: (value) => String(value).replace('.', options.excel ? ',' : '.') },
  });
}
