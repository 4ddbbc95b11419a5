import { gradeEntries, type CodeEntry } from '../../core/exam/exam-grade.js';
import type { ExamSpec } from '../../core/exam/exam-spec.js';
import type { GradeRow } from '../../core/grades-csv.js';
import { describeInputError, type Dictionary } from '../../i18n/index.js';
import { minutesSeconds as clock } from '../../core/minutes-seconds.js';
import type { ExamWords } from './words.en.js';

/** A row of the codes file that was not graded, and why, in the teacher's language. */
export interface GradeProblem {
  line: number;
  studentId: string;
  message: string;
}

/**
 * The grades of a codes file, as the class gradebook and `class export` take them (one GradeRow a
 * graded code), and the rows that could not be graded. The seam for the gradebook: call this, then
 * write the rows into it.
 */
export function examGrades(
  spec: ExamSpec,
  entries: readonly CodeEntry[],
  words: ExamWords,
  t: Dictionary,
): { rows: GradeRow[]; problems: GradeProblem[] } {
  const rows: GradeRow[] = [];
  const problems: GradeProblem[] = [];
  for (const graded of gradeEntries(spec, entries)) {
    const { entry } = graded;
    if ('problem' in graded) {
      problems.push({ line: entry.line, studentId: entry.studentId, message: describeInputError(graded.problem, t) });
      continue;
    }
    const { correct, total, seconds } = graded.score;
    rows.push({
      studentId: entry.studentId,
      name: entry.name,
      score: Math.round((1000 * correct) / total) / 10,
      passed: correct,
      failed: total - correct,
      comments: words.gradeComment({ correct, total, time: clock(seconds) }),
    });
  }
  return { rows, problems };
}
