import { readDrillBests } from '../../core/drill/drill-stats.js';
import { progressFile, readProgress } from '../../progress/progress-store.js';

/** What a drill reads of the machine: the clock, chance, and the bests the app saved. */
export interface DrillSources {
  now: () => number;
  seed: () => number;
  /** Personal bests by drill, read only: the app owns the progress file and saves them. */
  readBests: (env: NodeJS.ProcessEnv) => Record<string, number>;
}

const sources: DrillSources = {
  now: () => Date.now(),
  seed: () => Math.floor(Math.random() * 2 ** 31),
  readBests: (env) => {
    const { progress } = readProgress(progressFile(env), { moveAside: false, lessonIds: [] });
    return readDrillBests(progress.practice.drill);
  },
};
export default sources;
