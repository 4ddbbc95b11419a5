import type { HostFacts } from '../../core/host.js';
import { readHostFacts } from '../../system/host-facts.js';

/** What the host screen reads: hostname, resolver answers and interfaces. */
export interface HostSources {
  hostFacts: () => Promise<HostFacts>;
}

const sources: HostSources = { hostFacts: readHostFacts };
export default sources;
