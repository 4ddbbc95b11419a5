import { randomInt } from 'node:crypto';
import { ipv4Interfaces, type Ipv4Interface } from '../../system/interfaces.js';

/** What the subnet tool reads from this machine: its IPv4 interfaces, and chance for a lab network. */
export interface SubnetSources {
  interfaces: () => Ipv4Interface[];
  /** A fresh seed for `--random-*` without `--seed`, printed so the network can be had again. */
  randomSeed: () => string;
}

const sources: SubnetSources = { interfaces: ipv4Interfaces, randomSeed: () => String(randomInt(1, 2 ** 47)) };
export default sources;
