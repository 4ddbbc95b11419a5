import { checkDrillAnswer, drillQuestion, parseDrillTopic } from '../../core/drill/drill-questions.js';
import { answersPerMinute, emptyDrillStats, recordDrillAnswer } from '../../core/drill/drill-stats.js';
import { parseExamNumber } from '../../core/exam/exam-spec.js';
import { minutesSeconds } from '../../core/minutes-seconds.js';
import { createRandom } from '../../core/quiz/random.js';
import { LineInput, stdinLineCap } from '../../output/line-input.js';
import type { CommandContext } from '../tool.js';
import { drillMinuteLimits } from './drill-limits.js';
import { drillSummary } from './drill-summary.js';
import type { DrillTool } from './entry.js';

/**
 * `netlearn drill <topic> [--minutes M]`: on a terminal, the drill screen; piped, one question after
 * another while answers come (one a line) and the time lasts, then the summary with the slow kinds.
 */
export default async function run(ctx: CommandContext<DrillTool>): Promise<number> {
  const { args, flags, words, t, json, paint, stdin, stdout, sources } = ctx;
  const topic = parseDrillTopic(args[0] ?? '');
  const minutes = parseExamNumber(flags.minutes ?? '2', 'exam-minutes-range', drillMinuteLimits);
  if (ctx.interactive && !json) {
    await ctx.openScreen({ topic, minutes });
    return 0;
  }
  const random = createRandom(sources.seed());
  const limitMs = minutes * 60_000;
  const started = sources.now();
  let stats = emptyDrillStats();
  let full = false;
  let tooLong: number | undefined;
  const lines = new LineInput(stdin);
  try {
    for (let n = 1; ; n++) {
      const asked = sources.now();
      if (asked - started >= limitMs) {
        full = true;
        break;
      }
      const question = drillQuestion(random, topic);
      const prompt = words.prompt(question);
      stdout.write(
        json
          ? `${JSON.stringify({ event: 'question', n, kind: question.kind, prompt, data: question.data })}\n`
          : `${paint.dim(words.status({ streak: stats.streak, rate: answersPerMinute(stats, asked - started), left: minutesSeconds((limitMs - (asked - started)) / 1000) }))}\n${prompt}\n`,
      );
      const next = await lines.next();
      if (next.kind === 'too-long') tooLong = next.n;
      if (next.kind !== 'line') break;
      const answered = sources.now();
      // An answer that comes after the time is up does not count.
      if (answered - started > limitMs) {
        full = true;
        break;
      }
      const correct = checkDrillAnswer(question, next.text);
      stats = recordDrillAnswer(stats, question.kind, correct, answered - asked);
      if (json)
        stdout.write(
          `${JSON.stringify({ event: 'feedback', n, correct, expected: question.expected, streak: stats.streak })}\n`,
        );
      else
        stdout.write(
          `${correct ? paint.green(words.right) : paint.red(words.wrong({ expected: words.expectedText(question) }))}\n\n`,
        );
    }
  } finally {
    lines.close();
  }
  if (tooLong !== undefined) {
    ctx.stderr.write(`${t.cli.prefix} ${t.cli.errors.stdinLineTooLong({ line: tooLong, kib: stdinLineCap / 1024 })}\n`);
    return 2;
  }
  const elapsedMs = Math.min(sources.now() - started, limitMs);
  const best = sources.readBests(ctx.env)[topic];
  if (json) {
    const rate = answersPerMinute(stats, elapsedMs);
    stdout.write(
      `${JSON.stringify({ event: 'summary', topic, ...stats, perMinute: rate, full, best: best ?? null })}\n`,
    );
    return 0;
  }
  if (full) stdout.write(`${paint.yellow(words.timeUp)}\n`);
  for (const line of drillSummary(stats, { elapsedMs, full, best }, words))
    stdout.write(
      `${line.tone === 'title' ? paint.bold(line.text) : line.tone === 'good' ? paint.green(line.text) : line.tone === 'muted' ? paint.dim(line.text) : line.text}\n`,
    );
  return 0;
}
