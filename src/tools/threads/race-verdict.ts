import { lostPercent } from '../../core/race.js';
import type { ThreadsWords } from './words.en.js';

/** "exact", or how many additions a run lost and what share. Shared by `netlearn threads` and its screen. */
export function raceVerdict(lost: number, expected: number, words: ThreadsWords): string {
  return lost > 0 ? words.lost({ lost, percent: lostPercent(lost, expected) }) : words.exact;
}
