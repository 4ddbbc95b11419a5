import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostFacts } from '../core/host.js';
import { hostsEntriesFor, type HostsFileFacts } from '../core/hosts-file.js';
import { readHostname, resolveLocalhost } from './hostname.js';
import { interfaceAddresses } from './interfaces.js';

/** Everything hostModel needs, read from this machine. */
export async function readHostFacts(): Promise<HostFacts> {
  return { hostname: readHostname(), localhost: await resolveLocalhost(), interfaces: interfaceAddresses() };
}

/** Where this OS keeps its hosts file. */
export function hostsFilePath(platform: NodeJS.Platform = process.platform): string {
  if (platform !== 'win32') return '/etc/hosts';
  return join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'drivers', 'etc', 'hosts');
}

/** The hosts file's lines for `localhost`: where the resolver's answer usually comes from. */
export async function readHostsFile(path: string = hostsFilePath()): Promise<HostsFileFacts> {
  try {
    return { path, readable: true, localhost: hostsEntriesFor(await readFile(path, 'utf8'), 'localhost') };
  } catch {
    return { path, readable: false, localhost: [] };
  }
}
