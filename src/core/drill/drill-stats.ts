/** Time spent on one kind of question. */
export interface KindTime {
  count: number;
  totalMs: number;
}

/** A drill so far: what the screen and the summary show. */
export interface DrillStats {
  answered: number;
  correct: number;
  streak: number;
  bestStreak: number;
  /** By question kind (`to-bits`, `broadcast`…): how long each took to answer. */
  byKind: Record<string, KindTime>;
}

export function emptyDrillStats(): DrillStats {
  return { answered: 0, correct: 0, streak: 0, bestStreak: 0, byKind: {} };
}

/** Counts one answer that took `ms`. Pure: returns new stats. */
export function recordDrillAnswer(stats: DrillStats, kind: string, correct: boolean, ms: number): DrillStats {
  const time = stats.byKind[kind] ?? { count: 0, totalMs: 0 };
  const streak = correct ? stats.streak + 1 : 0;
  return {
    answered: stats.answered + 1,
    correct: stats.correct + (correct ? 1 : 0),
    streak,
    bestStreak: Math.max(stats.bestStreak, streak),
    byKind: { ...stats.byKind, [kind]: { count: time.count + 1, totalMs: time.totalMs + Math.max(0, ms) } },
  };
}

/** Right answers per minute, to one decimal: wrong answers, however fast, add nothing. */
export function answersPerMinute(stats: DrillStats, elapsedMs: number): number {
  if (elapsedMs <= 0) return 0;
  return Math.round((stats.correct * 600_000) / elapsedMs) / 10;
}

/** The kinds answered, slowest first by mean time: what to practise next. */
export function slowKinds(stats: DrillStats): { kind: string; seconds: number; count: number }[] {
  return Object.entries(stats.byKind)
    .map(([kind, time]) => ({ kind, count: time.count, seconds: Math.round(time.totalMs / time.count / 100) / 10 }))
    .sort((a, b) => b.seconds - a.seconds || a.kind.localeCompare(b.kind));
}

/** Personal bests by drill topic, as the progress file keeps them; anything malformed is dropped. */
export function readDrillBests(saved: unknown): Record<string, number> {
  const bests: Record<string, number> = {};
  if (typeof saved !== 'object' || saved === null) return bests;
  for (const [topic, value] of Object.entries(saved))
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) bests[topic] = value;
  return bests;
}
