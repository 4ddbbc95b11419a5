import { startRace, type RaceOptions, type RaceRun } from '../../threads/race.js';

/** The worker threads the race lab runs. */
export interface ThreadsSources {
  startRace: (options: RaceOptions) => RaceRun;
}

const sources: ThreadsSources = { startRace };
export default sources;
