import { gradesCsv } from '../../../core/grades-csv.js';
import { InputError } from '../../../core/input-error.js';
import type { CommandContext } from '../../tool.js';
import { feedbackPage, gradeComment, localTime } from './comments.js';
import type { ClassTool } from './entry.js';
import { withGradebook } from './gradebook-use.js';

/** A file name for a student's page: their id, with anything a file system might mind replaced. */
function pageName(studentId: string, taken: Set<string>): string {
  const base = studentId.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '_') || '_';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name); n += 1) name = `${base}-${n}.md`;
  taken.add(name);
  return name;
}

/**
 * `netlearn class export NAME --csv [--excel] | --json | --feedback DIR`: each student's latest
 * result, as a learning platform imports it, as NDJSON, or as one Markdown page a student.
 */
export default function exportClass(ctx: CommandContext<ClassTool>, name: string): Promise<number> {
  const { flags, words, stdout } = ctx;
  const format = flags.feedback !== undefined ? 'feedback' : flags.csv ? 'csv' : ctx.json ? 'json' : undefined;
  if (!format) throw new InputError('class-export-format');
  return withGradebook(ctx, (book) => {
    if (flags.exam !== undefined && format !== 'feedback') {
      const grades = book.examGrades(name, flags.exam);
      if (format === 'csv') stdout.write(gradesCsv(grades, { excel: flags.excel === true }));
      else
        for (const grade of grades) stdout.write(JSON.stringify({ type: 'grade', exam: flags.exam, ...grade }) + '\n');
      return 0;
    }
    const students = book.students(name);
    const latest = book.latestRuns(name);
    if (format === 'feedback') {
      const taken = new Set<string>();
      for (const student of students) {
        const run = latest.get(student.studentId);
        const page = feedbackPage(student, run, words, run ? localTime(run.finishedAt) : '');
        ctx.sources.writeFeedback(flags.feedback!, pageName(student.studentId, taken), page);
      }
      stdout.write(words.plain.feedbackWritten({ count: students.length, dir: flags.feedback! }) + '\n');
      return 0;
    }
    const rows = students.map((student) => {
      const run = latest.get(student.studentId);
      const count = (status: string) => run?.results.filter((result) => result.status === status).length ?? 0;
      return {
        studentId: student.studentId,
        name: student.name,
        score: run?.score ?? 0,
        passed: count('pass'),
        failed: count('fail'),
        comments: gradeComment(run, words),
        run,
      };
    });
    if (format === 'csv') stdout.write(gradesCsv(rows, { excel: flags.excel === true }));
    else
      for (const { run, ...row } of rows)
        stdout.write(
          JSON.stringify({
            type: 'grade',
            ...row,
            maxScore: run?.maxScore ?? null,
            verdict: run ? (run.judgement.cause === 'unreachable' ? 'unreachable' : run.judgement.verdict) : null,
            cause: run?.judgement.cause ?? null,
            checkedAt: run?.finishedAt ?? null,
          }) + '\n',
        );
    return 0;
  });
}
