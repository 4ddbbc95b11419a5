import { parseIncrements, parseWorkers, raceReport, type RaceReport } from '../../core/race.js';
import { raceVerdict } from './race-verdict.js';
import type { Paint } from '../../output/paint.js';
import { proseLines, proseWidth } from '../../output/prose-width.js';
import type { CommandContext } from '../tool.js';
import type { ThreadsTool } from './entry.js';
import type { ThreadsWords } from './words.en.js';

/** `netlearn threads [--workers N] [--increments M]`: the race on a shared counter, then the lock. */
export default async function run({
  flags,
  words,
  sources,
  json,
  paint,
  stdout,
}: CommandContext<ThreadsTool>): Promise<number> {
  const workers = parseWorkers(flags.workers);
  const increments = parseIncrements(flags.increments);
  const withoutLock = await sources.runRace({ workers, increments, locked: false });
  const withLock = await sources.runRace({ workers, increments, locked: true });
  const report = raceReport(workers, increments, withoutLock, withLock);
  stdout.write(
    json ? `${JSON.stringify(report)}\n` : threadsText(report, words, paint, proseWidth(stdout)).join('\n') + '\n',
  );
  return 0;
}

function threadsText(report: RaceReport, text: ThreadsWords, paint: Paint, prose: number | undefined): string[] {
  const { withoutLock, withLock, expected } = report;
  const rows = [
    {
      label: text.withoutLock,
      got: text.got({ result: withoutLock.result }),
      verdict: raceVerdict(withoutLock.lost, expected, report.workers > 1, text),
      ms: withoutLock.ms,
    },
    {
      label: text.withLock,
      got: text.got({ result: withLock.result }),
      verdict: raceVerdict(expected - withLock.result, expected, false, text),
      ms: withLock.ms,
    },
  ];
  const look = { lost: paint.red, exact: paint.green, lucky: paint.yellow };
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(...rows.map((row) => pick(row).length));
  const [labelWidth, gotWidth, verdictWidth] = [
    width((r) => r.label),
    width((r) => r.got),
    width((r) => r.verdict.text),
  ];
  return [
    ...proseLines(text.setup({ workers: report.workers, increments: report.increments, expected }), prose).map(
      paint.bold,
    ),
    '',
    ...rows.map((row) => {
      const shown = look[row.verdict.kind](row.verdict.text.padEnd(verdictWidth));
      return `  ${paint.bold(row.label.padEnd(labelWidth))}  ${row.got.padEnd(gotWidth)}  ${shown}  ${paint.dim(text.ms({ ms: row.ms }))}`;
    }),
    ...(withoutLock.lost === 0 && report.workers > 1
      ? ['', ...proseLines(text.noLossThisTime, prose).map(paint.yellow)]
      : []),
    '',
    ...proseLines(text.why, prose),
    '',
    ...proseLines(text.lesson, prose).map(paint.cyan),
  ];
}
