import { emptyLeitner, readLeitner, type LeitnerState } from '../../core/quiz/leitner.js';
import { emptyScore, readScore, type Score } from '../../core/quiz/score.js';

/** What the Practice screen keeps in the progress file's `practice` section. */
export interface PracticeProgress {
  leitner: LeitnerState;
  score: Score;
}

/** Reads the section, keeping what is well formed. */
export function readPracticeProgress(practice: Record<string, unknown>): PracticeProgress {
  return { leitner: readLeitner(practice.leitner), score: readScore(practice.score) };
}

export function emptyPracticeProgress(): PracticeProgress {
  return { leitner: emptyLeitner(), score: emptyScore() };
}
