import { lostPercent } from '../../core/race.js';
import type { Dictionary } from '../../i18n/index.js';

/** "exact", or how many additions a run lost and what share. Shared by `netlearn threads` and its screen. */
export function raceVerdict(lost: number, expected: number, t: Dictionary): string {
  return lost > 0 ? t.threads.lost({ lost, percent: lostPercent(lost, expected) }) : t.threads.exact;
}
