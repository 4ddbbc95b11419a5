import type { FamilyProbe } from '../../core/families.js';
import { probeFamilies } from '../../net/families.js';

/** One listener and one client per address family, on this machine. */
export interface FamiliesSources {
  /** Resolves once every socket is closed and the temporary folder for AF_UNIX is gone. */
  probeFamilies: () => Promise<{ probes: FamilyProbe[]; tempDirRemoved: boolean }>;
}

const sources: FamiliesSources = { probeFamilies: () => probeFamilies() };
export default sources;
