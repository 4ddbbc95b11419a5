import { InputError } from '../input-error.js';
import { formatIPv4, parseIPv4, prefixToMask } from '../ipv4.js';
import { formatIPv6, ipv6PrefixMask, parseIPv6 } from '../ipv6.js';
import { broadcastOf, parseCidr } from '../subnet.js';
import { parseCidr6 } from '../subnet6.js';

/** A room is a LAN segment, not the Internet: at most this many addresses are tried. */
const maxScanAddresses = 1024;

/** One network this machine has an address on, as its interfaces list it. */
export interface LocalNetwork {
  address: string;
  /** Dotted for IPv4, prefix digits or an IPv6 mask for IPv6, as Node's os.networkInterfaces gives them. */
  netmask: string;
}

function prefixOfMask6(mask: string): number {
  const { value } = parseIPv6(mask);
  return value.toString(2).replace(/0+$/, '').length;
}

function v4Inside(network: number, prefix: number, local: LocalNetwork): boolean {
  const own = parseIPv4(local.address);
  const ownPrefix = Math.clz32(~parseIPv4(local.netmask, 'mask'));
  return prefix >= ownPrefix && (network & prefixToMask(ownPrefix)) >>> 0 === (own & prefixToMask(ownPrefix)) >>> 0;
}

function v6Inside(network: bigint, prefix: number, local: LocalNetwork): boolean {
  const own = parseIPv6(local.address.replace(/%.*$/, '')).value;
  const ownPrefix = /^\d+$/.test(local.netmask) ? Number(local.netmask) : prefixOfMask6(local.netmask);
  const mask = ipv6PrefixMask(ownPrefix);
  return prefix >= ownPrefix && (network & mask) === (own & mask);
}

/**
 * The addresses `--scan CIDR` tries: every host of a network that loopback or one of this machine's
 * networks holds, at most 1,024. A scan of someone else's network is refused, with the networks that
 * would do.
 */
export function scanAddresses(cidr: string, locals: readonly LocalNetwork[]): string[] {
  const v6 = cidr.includes(':');
  const choices = locals.map((local) => `${local.address.replace(/%.*$/, '')}/${local.netmask}`);
  if (v6) {
    const { network, prefix } = parseCidr6(cidr);
    const count = 2n ** BigInt(128 - prefix);
    if (count > BigInt(maxScanAddresses))
      throw new InputError('scan-too-large', { part: cidr, count: count.toString(), max: maxScanAddresses });
    const loopback = prefix === 128 && network === 1n;
    if (!loopback && !locals.some((local) => local.address.includes(':') && v6Inside(network, prefix, local)))
      throw new InputError('scan-not-local', { part: cidr, choices });
    return Array.from({ length: Number(count) }, (_, index) => formatIPv6(network + BigInt(index)));
  }
  const { network, prefix } = parseCidr(cidr);
  const count = 2 ** (32 - prefix);
  if (count > maxScanAddresses) throw new InputError('scan-too-large', { part: cidr, count, max: maxScanAddresses });
  const loopback = prefix >= 8 && network >>> 24 === 127;
  if (!loopback && !locals.some((local) => !local.address.includes(':') && v4Inside(network, prefix, local)))
    throw new InputError('scan-not-local', { part: cidr, choices });
  // A network's own address and its broadcast are no one's server (a /31 or /32 has no such pair).
  const [first, last] =
    prefix >= 31 ? [network, broadcastOf(network, prefix)] : [network + 1, broadcastOf(network, prefix) - 1];
  return Array.from({ length: last - first + 1 }, (_, index) => formatIPv4(first + index));
}
