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
      found.push({
        name,
        address: entry.address,
        netmask: entry.netmask,
        cidr: entry.cidr ?? `${entry.address}/32`,
        internal: entry.internal,
      });
    }
  }
  return found.sort((a, b) => Number(a.internal) - Number(b.internal));
}

/** One address of one interface, as the OS lists it (IPv4 and IPv6), before any arithmetic. */
export interface InterfaceAddress {
  name: string;
  family: 'IPv4' | 'IPv6';
  address: string;
  netmask: string;
  internal: boolean;
}

/** Every address of every interface, in the order the OS lists them. */
export function interfaceAddresses(): InterfaceAddress[] {
  const found: InterfaceAddress[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      const family = entry.family === 'IPv4' || (entry.family as unknown) === 4 ? 'IPv4' : 'IPv6';
      found.push({ name, family, address: entry.address, netmask: entry.netmask, internal: entry.internal });
    }
  }
  return found;
}
