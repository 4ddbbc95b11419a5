import { lostPercent } from '../../core/race.js';
import type { ThreadsWords } from './words.en.js';

/** How a verdict should look: a loss, a locked run's exact count, or a lock-free run that got lucky. */
export type VerdictKind = 'lost' | 'exact' | 'lucky';

/**
 * What a run's count says, shared by `netlearn threads` and its screen: how many additions it lost,
 * or "exact". A run that could race (`unguarded`: two threads or more, no lock) and lost nothing was
 * lucky, not correct; one thread alone, or the lock, is exact by design.
 */
export function raceVerdict(
  lost: number,
  expected: number,
  unguarded: boolean,
  words: ThreadsWords,
): { kind: VerdictKind; text: string } {
  if (lost > 0) return { kind: 'lost', text: words.lost({ lost, percent: lostPercent(lost, expected) }) };
  return unguarded ? { kind: 'lucky', text: words.lucky } : { kind: 'exact', text: words.exact };
}
