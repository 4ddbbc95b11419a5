import { formatIPv6, ipv6PrefixMask, parseIPv6 } from '../core/ipv6.js';

/** The group every loopback address falls in: whatever the address, it is this machine. */
const loopback = '127.0.0.0/8';

/**
 * Who may take a seat: at most `maxClients` in all and `maxPerAddress` from one address, so one
 * machine opening idle sockets cannot lock the class out. One address is one machine, except where
 * one machine has many: every IPv6 address of one /64 (the usual size a network hands a machine
 * its addresses from; `ipv6Prefix` changes it) counts as one, and so does every loopback address
 * (127.0.0.2 is 127.0.0.1's machine too). An IPv4-mapped IPv6 address counts as its IPv4 one.
 */
export class ChatSlots {
  private readonly perAddress = new Map<string, number>();
  private taken = 0;

  constructor(
    readonly maxClients: number,
    readonly maxPerAddress: number,
    readonly ipv6Prefix = 64,
  ) {}

  /** Why a newcomer from `address` must be refused, if it must. */
  refusal(address: string): 'full' | 'per-address' | undefined {
    if (this.taken >= this.maxClients) return 'full';
    if ((this.perAddress.get(this.key(address)) ?? 0) >= this.maxPerAddress) return 'per-address';
    return undefined;
  }

  /** The group an address counts in (`2001:db8::/64`, `127.0.0.0/8`), when it is more than itself. */
  groupOf(address: string): string | undefined {
    const key = this.key(address);
    return key === unmapped(address) ? undefined : key;
  }

  take(address: string): void {
    const key = this.key(address);
    this.taken++;
    this.perAddress.set(key, (this.perAddress.get(key) ?? 0) + 1);
  }

  release(address: string): void {
    const key = this.key(address);
    this.taken--;
    const left = (this.perAddress.get(key) ?? 1) - 1;
    if (left > 0) this.perAddress.set(key, left);
    else this.perAddress.delete(key);
  }

  private key(address: string): string {
    const plain = unmapped(address);
    if (plain.startsWith('127.') || plain === '::1') return loopback;
    if (!plain.includes(':') || this.ipv6Prefix >= 128) return plain;
    try {
      const { value } = parseIPv6(plain);
      return `${formatIPv6(value & ipv6PrefixMask(this.ipv6Prefix))}/${this.ipv6Prefix}`;
    } catch {
      return plain;
    }
  }
}

function unmapped(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
