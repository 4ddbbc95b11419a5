import type { NameAnswer } from '../../core/name-answer.js';
import { resolveName } from '../../system/resolve-name.js';

/** What the converter reads from this machine: the resolver, for a host name typed as an address. */
export interface IpSources {
  resolve: (name: string) => Promise<NameAnswer>;
}

const sources: IpSources = { resolve: resolveName };
export default sources;
