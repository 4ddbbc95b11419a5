import type { HostFacts } from '../core/host.js';
import { readHostname, resolveLocalhost } from './hostname.js';
import { interfaceAddresses } from './interfaces.js';

/** Everything hostModel needs, read from this machine. */
export async function readHostFacts(): Promise<HostFacts> {
  return { hostname: readHostname(), localhost: await resolveLocalhost(), interfaces: interfaceAddresses() };
}
