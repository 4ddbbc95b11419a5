import { answersPerMinute, slowKinds, type DrillStats } from '../../core/drill/drill-stats.js';
import type { DrillWords } from './words.en.js';

export type SummaryTone = 'title' | 'text' | 'good' | 'muted';

/** The drill's last lines: the score, the personal best, and which kinds of question were slow. */
export function drillSummary(
  stats: DrillStats,
  run: { elapsedMs: number; full: boolean; best: number | undefined },
  words: DrillWords,
): { text: string; tone: SummaryTone }[] {
  const rate = answersPerMinute(stats, run.elapsedMs);
  const beaten = run.full && stats.correct > 0 && (run.best === undefined || rate > run.best);
  const lines: { text: string; tone: SummaryTone }[] = [
    {
      text: words.summary({ correct: stats.correct, answered: stats.answered, rate, bestStreak: stats.bestStreak }),
      tone: 'title',
    },
  ];
  if (beaten) lines.push({ text: words.newBest({ rate, before: run.best }), tone: 'good' });
  else if (run.best !== undefined) lines.push({ text: words.best({ best: run.best }), tone: 'text' });
  if (!run.full) lines.push({ text: words.endedEarly, tone: 'muted' });
  const slow = slowKinds(stats);
  if (slow.length > 0) {
    lines.push({ text: words.slowTitle, tone: 'text' });
    for (const { kind, seconds, count } of slow)
      lines.push({ text: `  ${words.slowRow({ name: words.kindNames[kind] ?? kind, seconds, count })}`, tone: 'text' });
  }
  return lines;
}

/** The new best to save, if this drill set one. */
export function newBest(stats: DrillStats, run: { elapsedMs: number; full: boolean; best: number | undefined }) {
  const rate = answersPerMinute(stats, run.elapsedMs);
  return run.full && stats.correct > 0 && (run.best === undefined || rate > run.best) ? rate : undefined;
}
