import { tryBind, type TryBindResult } from '../../net/try-bind.js';
import type { PortSystemFacts } from '../../core/ports.js';
import { readPortFacts } from '../../system/port-facts.js';

export type { TryBindResult };

/** What the port screen asks of this machine: its ephemeral range and limits, and a trial bind. */
export interface PortSources {
  portFacts: () => PortSystemFacts;
  tryBind: (port: number) => Promise<TryBindResult>;
}

const sources: PortSources = { portFacts: readPortFacts, tryBind: (port) => tryBind(port) };
export default sources;
