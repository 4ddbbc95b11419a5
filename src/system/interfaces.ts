import { networkInterfaces } from 'node:os';

/** One IPv4 address this machine holds, with the interface that holds it. */
export interface Ipv4Interface {
  /** The interface's name, e.g. `eth0`, `lo`, `en0`. */
  name: string;
  address: string;
  netmask: string;
  /** `192.168.1.10/24` */
  cidr: string;
  /** Loopback and similar interfaces that never leave the machine. */
  internal: boolean;
}

/** This machine's IPv4 addresses, outward-facing ones first. */
export function ipv4Interfaces(): Ipv4Interface[] {
  const found: Ipv4Interface[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4') continue;
      found.push({ name, address: entry.address, netmask: entry.netmask, cidr: entry.cidr ?? `${entry.address}/32`, internal: entry.internal });
    }
  }
  return found.sort((a, b) => Number(a.internal) - Number(b.internal));
}
