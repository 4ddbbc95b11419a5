import { Address6 } from 'ip-address';
import { formatIPv4, maskToPrefix, parseIPv4, prefixToMask } from './ipv4.js';

/** One interface address as the OS lists it. */
export interface InterfaceFacts {
  name: string;
  family: 'IPv4' | 'IPv6';
  address: string;
  netmask: string;
  internal: boolean;
}

/** What src/system read about this machine, as plain data. */
export interface HostFacts {
  hostname: string;
  /** Addresses `localhost` resolved to, in the resolver's order. */
  localhost: string[];
  interfaces: InterfaceFacts[];
}

export interface HostInterface {
  name: string;
  family: 'IPv4' | 'IPv6';
  address: string;
  netmask: string;
  /** `192.168.1.10/24`; the prefix is counted from the netmask. */
  cidr: string;
  /** The network's own address (host bits zero), e.g. `192.168.1.0`; null when the mask is not contiguous. */
  network: string | null;
  prefix: number | null;
  internal: boolean;
}

export interface HostModel {
  hostname: string;
  localhost: string[];
  interfaces: HostInterface[];
}

/** Leading one bits of an IPv6 netmask, or null when ones and zeros interleave. */
function ipv6Prefix(netmask: string): number | null {
  try {
    const bits = new Address6(netmask).binaryZeroPad();
    const prefix = bits.indexOf('0') === -1 ? 128 : bits.indexOf('0');
    return bits.slice(prefix).includes('1') ? null : prefix;
  } catch {
    return null;
  }
}

function ipv4Interface(facts: InterfaceFacts): HostInterface {
  let prefix: number | null = null;
  let network: string | null = null;
  try {
    prefix = maskToPrefix(parseIPv4(facts.netmask, 'mask')) ?? null;
    if (prefix !== null) network = formatIPv4((parseIPv4(facts.address) & prefixToMask(prefix)) >>> 0);
  } catch {
    // An address the OS reports but we cannot read is still listed, without arithmetic.
  }
  return { ...facts, prefix, network, cidr: `${facts.address}/${prefix ?? '?'}` };
}

function ipv6Interface(facts: InterfaceFacts): HostInterface {
  const prefix = ipv6Prefix(facts.netmask);
  let network: string | null = null;
  // A link-local address may carry its zone (`fe80::1%eth0`): the zone is not part of the number.
  const address = facts.address.replace(/%.*$/, '');
  if (prefix !== null) {
    try {
      network = new Address6(`${address}/${prefix}`).startAddress().correctForm();
    } catch {
      network = null;
    }
  }
  return { ...facts, prefix, network, cidr: `${facts.address}/${prefix ?? '?'}` };
}

/** The host lab: hostname, what localhost means here, and each interface with its network. */
export function hostModel(facts: HostFacts): HostModel {
  return {
    hostname: facts.hostname,
    localhost: facts.localhost,
    interfaces: facts.interfaces.map((entry) =>
      entry.family === 'IPv4' ? ipv4Interface(entry) : ipv6Interface(entry),
    ),
  };
}

/** The stable `--json` shape (README). */
export function hostJson(model: HostModel) {
  return {
    hostname: model.hostname,
    localhost: model.localhost,
    interfaces: model.interfaces.map(({ name, family, address, netmask, cidr, network, internal }) => ({
      name,
      family,
      address,
      netmask,
      cidr,
      network,
      internal,
    })),
  };
}
