import { parseCodesCsv } from '../../core/exam/exam-grade.js';
import { gradesCsv, type GradeRow } from '../../core/grades-csv.js';
import type { CommandContext } from '../tool.js';
import { withGradebook } from '../with-gradebook.js';
import { readExam, readOperand } from './read-exam.js';
import type { ExamTool } from './entry.js';
import { examGrades } from './grade-rows.js';

/** A codes file for a whole school year stays well under this. */
const codesMaxBytes = 4 * 1024 * 1024;

/**
 * `netlearn exam grade FILE CODES.csv [--csv] [--excel]`: recomputes each student's variant and
 * scores their code. Rows that cannot be graded are named on stderr with their line (exit 2); the
 * others are graded all the same.
 */
/** `--class NAME`: the grades go into that class's gradebook too, in one transaction. */
function intoGradebook(ctx: CommandContext<ExamTool>, className: string, examId: string, rows: readonly GradeRow[]) {
  const { sources, words, stderr } = ctx;
  return withGradebook(
    ctx,
    () => sources.openGradebook(sources.gradebookPath(ctx.flags.db)),
    (book) => {
      const { unknown } = book.recordExamGrades(className, examId, rows, new Date(sources.now()));
      const written = rows.length - unknown.length;
      stderr.write(words.gradebookWritten({ count: written, name: className, exam: examId }) + '\n');
      if (unknown.length > 0)
        stderr.write(`${ctx.t.cli.prefix} ${words.notInClass({ ids: unknown.join(', '), name: className })}\n`);
      return unknown.length > 0 ? 2 : 0;
    },
  );
}

export default async function gradeCommand(ctx: CommandContext<ExamTool>): Promise<number> {
  const { args, flags, words, t, json, paint, stdout, stderr } = ctx;
  const spec = readExam(ctx, args[1]);
  const entries = parseCodesCsv(readOperand(ctx, args[2], codesMaxBytes));
  const { rows, problems } = examGrades(spec, entries, words, t);
  if (json) stdout.write(`${JSON.stringify({ examId: spec.id, rows, problems })}\n`);
  else if (flags.csv) stdout.write(gradesCsv(rows, { excel: flags.excel }));
  else {
    const head = words.gradeTable;
    const table = [
      [head.student, head.name, head.score, head.right, head.comments],
      ...rows.map((row) => [
        row.studentId,
        row.name,
        String(row.score),
        `${row.passed}/${row.passed + row.failed}`,
        row.comments,
      ]),
    ];
    const widths = table[0]!.map((_, c) => Math.max(...table.map((cells) => cells[c]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd();
    stdout.write(`${[paint.bold(line(table[0]!)), ...table.slice(1).map(line)].join('\n')}\n`);
  }
  for (const problem of problems)
    stderr.write(
      `${t.cli.prefix} ${words.gradeProblem({ line: problem.line, student: problem.studentId, problem: problem.message })}\n`,
    );
  if (problems.length > 0) stderr.write(`${t.cli.prefix} ${words.gradeProblems({ count: problems.length })}\n`);
  const stored = flags.class === undefined ? 0 : await intoGradebook(ctx, flags.class, spec.id, rows);
  return problems.length > 0 ? 2 : stored;
}
