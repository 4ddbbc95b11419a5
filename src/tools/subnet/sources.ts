import { ipv4Interfaces, type Ipv4Interface } from '../../system/interfaces.js';

/** What the subnet screen reads from this machine: its IPv4 interfaces, to start from and cycle. */
export interface SubnetSources {
  interfaces: () => Ipv4Interface[];
}

const sources: SubnetSources = { interfaces: ipv4Interfaces };
export default sources;
