import type { FamilyProbe } from '../../core/families.js';
import { probeFamilies } from '../../net/families.js';

/** One listener and one client per address family, on this machine. */
export interface FamiliesSources {
  probeFamilies: () => Promise<{ probes: FamilyProbe[] }>;
}

const sources: FamiliesSources = { probeFamilies: () => probeFamilies() };
export default sources;
