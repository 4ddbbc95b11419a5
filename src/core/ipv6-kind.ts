import { formatIPv4 } from './ipv4.js';
import { ipv6PrefixMask, parseIPv6 } from './ipv6.js';

/** What an IPv6 address is for, from the special-purpose blocks of the IANA registry. */
export type IPv6Kind =
  | 'unspecified'
  | 'loopback'
  | 'ipv4-mapped'
  | 'nat64'
  | 'teredo'
  | 'documentation'
  | '6to4'
  | 'link-local'
  | 'site-local'
  | 'unique-local'
  | 'multicast'
  | 'global-unicast'
  | 'reserved';

export interface IPv6KindBlock {
  kind: IPv6Kind;
  cidr: string;
  rfc: string;
}

const blocks: readonly (IPv6KindBlock & { base: bigint; mask: bigint })[] = [
  ['unspecified', '::', 128, 'RFC 4291'],
  ['loopback', '::1', 128, 'RFC 4291'],
  ['ipv4-mapped', '::ffff:0:0', 96, 'RFC 4291'],
  ['nat64', '64:ff9b::', 96, 'RFC 6052'],
  ['documentation', '2001:db8::', 32, 'RFC 3849'],
  ['teredo', '2001::', 32, 'RFC 4380'],
  ['6to4', '2002::', 16, 'RFC 3056'],
  ['link-local', 'fe80::', 10, 'RFC 4291'],
  ['site-local', 'fec0::', 10, 'RFC 3879'],
  ['unique-local', 'fc00::', 7, 'RFC 4193'],
  ['multicast', 'ff00::', 8, 'RFC 4291'],
  ['global-unicast', '2000::', 3, 'RFC 4291'],
].map(([kind, base, prefix, rfc]) => ({
  kind: kind as IPv6Kind,
  cidr: `${base}/${prefix}`,
  rfc: rfc as string,
  base: parseIPv6(base as string).value,
  mask: ipv6PrefixMask(prefix as number),
}));

/** The most specific special-purpose block holding the address; outside them all, reserved space (no cidr). */
export function ipv6KindBlock(value: bigint): IPv6KindBlock {
  for (const block of blocks) {
    if ((value & block.mask) === block.base) return { kind: block.kind, cidr: block.cidr, rfc: block.rfc };
  }
  return { kind: 'reserved', cidr: '', rfc: 'RFC 4291' };
}

/** A multicast address's scope, from its fourth hex digit (RFC 4291 section 2.7, RFC 7346). */
export type MulticastScope =
  | 'interface-local'
  | 'link-local'
  | 'realm-local'
  | 'admin-local'
  | 'site-local'
  | 'organization-local'
  | 'global'
  | 'reserved'
  | 'unassigned';

const scopeByNibble: Readonly<Record<number, MulticastScope>> = {
  0x0: 'reserved',
  0x1: 'interface-local',
  0x2: 'link-local',
  0x3: 'realm-local',
  0x4: 'admin-local',
  0x5: 'site-local',
  0x8: 'organization-local',
  0xe: 'global',
  0xf: 'reserved',
};

export function multicastScope(value: bigint): MulticastScope {
  const nibble = Number((value >> 112n) & 0xfn);
  return scopeByNibble[nibble] ?? 'unassigned';
}

/** The IPv4 address an IPv6 address carries, for the kinds that carry one. */
export function embeddedIPv4(value: bigint, kind: IPv6Kind): string | undefined {
  const low32 = (v: bigint) => formatIPv4(Number(v & 0xffffffffn));
  switch (kind) {
    case 'ipv4-mapped':
    case 'nat64':
      return low32(value);
    case '6to4':
      return low32(value >> 80n);
    case 'teredo':
      // The client's public address, stored with every bit inverted (RFC 4380 section 4).
      return low32(~value);
    default:
      return undefined;
  }
}
