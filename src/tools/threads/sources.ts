import type { RunResult } from '../../core/race.js';
import { runRace, startRace, type RaceOptions, type RaceRun } from '../../threads/race.js';

/** The worker threads the race lab runs. */
export interface ThreadsSources {
  startRace: (options: RaceOptions) => RaceRun;
  /** One whole run, for the plain command. */
  runRace: (options: RaceOptions) => Promise<RunResult>;
}

const sources: ThreadsSources = { startRace, runRace };
export default sources;
