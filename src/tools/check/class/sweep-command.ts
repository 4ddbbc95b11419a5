import { joinHostPort } from '../../../core/address-tuple.js';
import { parseOnly, parseTimeout } from '../../../core/check/options.js';
import { parseEvery, parseParallel } from '../../../core/class/options.js';
import type { RosterEntry } from '../../../core/class/roster.js';
import type { StudentRun } from '../../../core/class/student-run.js';
import type { CommandContext } from '../../tool.js';
import { gradeComment } from './comments.js';
import type { ClassTool } from './entry.js';
import { withGradebook } from './gradebook-use.js';
import { sweepIntoGradebook, type SweepOptions } from './sweep-class.js';

/** One student's line (or NDJSON record) the moment their run ends. */
function studentRecord(ctx: CommandContext<ClassTool>, student: RosterEntry, run: StudentRun): string {
  const { words } = ctx;
  const { judgement } = run;
  const unreachable = judgement.cause === 'unreachable';
  if (ctx.json)
    return JSON.stringify({
      type: 'student',
      ...student,
      verdict: unreachable ? 'unreachable' : judgement.verdict,
      cause: judgement.cause,
      score: run.score,
      maxScore: run.maxScore,
      ...(run.late ? { late: true } : {}),
      comment: gradeComment(run, words),
      results: run.results.map((result) => ({ id: result.id, status: result.status, cause: result.cause })),
    });
  const verdict = unreachable ? words.screen.unreachable : words.check.status[judgement.verdict];
  const line = words.plain.student({
    id: student.studentId,
    name: student.name,
    where: joinHostPort(student.host, student.port),
    score: `${run.score}/${run.maxScore}`,
    verdict,
    sentence: gradeComment(run, words),
  });
  const paint = judgement.verdict === 'pass' ? ctx.paint.green : unreachable ? ctx.paint.dim : ctx.paint.red;
  return paint(line);
}

/** Sleeps `ms`, or less when `wake` is called (Ctrl+C between sweeps). */
function pause(ms: number, wake: { now?: () => void }): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake.now = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}

/**
 * `netlearn class sweep NAME [--parallel N] [--every 5m]`: every student's server checked, each
 * result kept. On a terminal, the live grid; piped, a line per student as they finish (NDJSON with
 * --json) and a summary; with --every, again and again until Ctrl+C.
 */
export default async function sweep(ctx: CommandContext<ClassTool>, name: string): Promise<number> {
  const { flags, words, sources, stdout } = ctx;
  const options: SweepOptions = {
    ids: parseOnly(flags.only),
    timeoutMs: parseTimeout(flags.timeout),
    strict: flags.strict === true,
    parallel: parseParallel(flags.parallel),
  };
  const everyMs = flags.every === undefined ? undefined : parseEvery(flags.every);
  if (ctx.interactive && !ctx.json)
    return withGradebook(ctx, async (book) => {
      book.classInfo(name);
      await ctx.openScreen({ className: name, dbPath: flags.db, autostart: true, everyMs, ...options });
      return 0;
    });
  return withGradebook(ctx, async (book) => {
    const count = book.students(name).length;
    let stop = false;
    const wake: { now?: () => void } = {};
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const onSignal = () => {
      stop = true;
      wake.now?.();
    };
    signals.forEach((signal) => process.once(signal, onSignal));
    try {
      do {
        if (!ctx.json) ctx.stderr.write(words.plain.sweeping({ name, count, parallel: options.parallel }) + '\n');
        const began = Date.now();
        const tally = { passed: 0, failed: 0, unreachable: 0 };
        await sweepIntoGradebook(
          book,
          name,
          options,
          sources,
          {
            recorded: (student, run) => {
              const kind =
                run.judgement.cause === 'unreachable'
                  ? 'unreachable'
                  : run.judgement.verdict === 'pass'
                    ? 'passed'
                    : 'failed';
              tally[kind] += 1;
              stdout.write(studentRecord(ctx, student, run) + '\n');
            },
          },
          () => stop,
        );
        const seconds = Math.round((Date.now() - began) / 100) / 10;
        if (ctx.json)
          stdout.write(
            JSON.stringify({ type: 'sweep', class: name, students: count, ...tally, seconds, complete: !stop }) + '\n',
          );
        else stdout.write(words.plain.swept({ ...tally, seconds }) + '\n');
        if (everyMs === undefined || stop) break;
        if (!ctx.json) ctx.stderr.write(words.plain.nextSweep({ minutes: flags.every! }) + '\n');
        await pause(everyMs, wake);
      } while (!stop);
    } finally {
      signals.forEach((signal) => process.off(signal, onSignal));
    }
    return 0;
  });
}
