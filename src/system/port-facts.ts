import { knownPorts } from '../core/known-ports.js';
import type { PortSystemFacts } from '../core/ports.js';
import { readEphemeralRange } from './ephemeral-range.js';
import { readPrivilegedPorts } from './privileged-ports.js';
import { readServices } from './services.js';

/** Everything portModel needs to know about this machine, read once. */
export function readPortFacts(): PortSystemFacts {
  const privileged = readPrivilegedPorts();
  return {
    ephemeral: readEphemeralRange(),
    unprivilegedPortStart: privileged.unprivilegedPortStart,
    unprivilegedSource: privileged.source,
    isRoot: privileged.isRoot,
    services: readServices(),
    knownPorts,
  };
}
