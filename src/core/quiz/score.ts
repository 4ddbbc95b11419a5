/** Right answers out of answered, for one topic or all. */
export interface Tally {
  correct: number;
  total: number;
}

export interface Score extends Tally {
  /** Right answers in a row, now. */
  streak: number;
  bestStreak: number;
  byTopic: Record<string, Tally>;
}

export function emptyScore(): Score {
  return { correct: 0, total: 0, streak: 0, bestStreak: 0, byTopic: {} };
}

/** Counts one answer. Pure: returns a new score. */
export function recordAnswer(score: Score, topic: string, correct: boolean): Score {
  const tally = score.byTopic[topic] ?? { correct: 0, total: 0 };
  const streak = correct ? score.streak + 1 : 0;
  return {
    correct: score.correct + (correct ? 1 : 0),
    total: score.total + 1,
    streak,
    bestStreak: Math.max(score.bestStreak, streak),
    byTopic: { ...score.byTopic, [topic]: { correct: tally.correct + (correct ? 1 : 0), total: tally.total + 1 } },
  };
}

/** Whole percent right, or undefined before the first answer. */
export function accuracy(tally: Tally): number | undefined {
  return tally.total === 0 ? undefined : Math.round((100 * tally.correct) / tally.total);
}

function isTally(value: unknown): value is Tally {
  const { correct, total } = (value ?? {}) as Partial<Tally>;
  return Number.isSafeInteger(correct) && Number.isSafeInteger(total) && correct! >= 0 && correct! <= total!;
}

/** Keeps only well-formed numbers from saved data. */
export function readScore(saved: unknown): Score {
  const score = emptyScore();
  if (typeof saved !== 'object' || saved === null) return score;
  const data = saved as Partial<Score>;
  if (isTally(saved)) Object.assign(score, { correct: saved.correct, total: saved.total });
  for (const name of ['streak', 'bestStreak'] as const) {
    const value = data[name];
    if (Number.isSafeInteger(value) && value! >= 0) score[name] = value!;
  }
  if (typeof data.byTopic === 'object' && data.byTopic !== null) {
    for (const [topic, tally] of Object.entries(data.byTopic)) if (isTally(tally)) score.byTopic[topic] = { ...tally };
  }
  return score;
}
