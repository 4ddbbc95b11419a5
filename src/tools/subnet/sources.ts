import { randomInt } from 'node:crypto';
import type { NameAnswer } from '../../core/name-answer.js';
import { ipv4Interfaces, type Ipv4Interface } from '../../system/interfaces.js';
import { resolveName } from '../../system/resolve-name.js';

/** What the subnet tool reads from this machine: its IPv4 interfaces, and chance for a lab network. */
export interface SubnetSources {
  interfaces: () => Ipv4Interface[];
  /** A fresh seed for `--random-*` without `--seed`, printed so the network can be had again. */
  randomSeed: () => string;
  /** The resolver, for a host name typed where the network's address goes (`example.lan/24`). */
  resolve: (name: string) => Promise<NameAnswer>;
}

const sources: SubnetSources = {
  interfaces: ipv4Interfaces,
  randomSeed: () => String(randomInt(1, 2 ** 47)),
  resolve: resolveName,
};
export default sources;
