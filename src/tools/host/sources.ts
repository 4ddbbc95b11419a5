import type { HostFacts } from '../../core/host.js';
import type { HostsFileFacts } from '../../core/hosts-file.js';
import { readHostFacts, readHostsFile } from '../../system/host-facts.js';

/** What the host screen reads: hostname, resolver answers and interfaces; the hosts file's lines. */
export interface HostSources {
  hostFacts: () => Promise<HostFacts>;
  hostsFile: () => Promise<HostsFileFacts>;
}

const sources: HostSources = { hostFacts: readHostFacts, hostsFile: readHostsFile };
export default sources;
