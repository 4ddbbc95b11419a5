import { InputError } from './input-error.js';
import { expandIPv6, formatIPv6, ipv6Max, ipv6PrefixMask, parseIPv6 } from './ipv6.js';
import { ipv6KindBlock, type IPv6Kind } from './ipv6-kind.js';

/** An IPv6 address inside its network: 128-bit values and a prefix from 0 to 128. */
export interface Ipv6InNetwork {
  address: bigint;
  network: bigint;
  prefix: number;
}

/** A prefix length after the slash for IPv6: 0 to 128, digits only. */
function parsePrefix6(text: string): number {
  if (text === '') throw new InputError('subnet-prefix-missing', { family: 'IPv6' });
  if (/^-\d+$/.test(text)) throw new InputError('subnet-prefix-negative', { part: text });
  if (/^0[0-9]+$/.test(text)) throw new InputError('subnet-prefix-leading-zero', { part: text });
  if (!/^(0|[1-9][0-9]*)$/.test(text)) throw new InputError('subnet-prefix-not-number', { part: text });
  const prefix = Number(text);
  if (prefix > 128) throw new InputError('subnet6-prefix-range', { part: text });
  return prefix;
}

/** Reads `<ipv6>/<prefix>` (or `<ipv6> <prefix>`); a zone is not part of a network. */
export function parseCidr6(text: string): Ipv6InNetwork {
  const trimmed = text.trim();
  if (trimmed === '') throw new InputError('subnet-empty', {});
  const slash = trimmed.indexOf('/');
  const space = trimmed.search(/\s/);
  const cut = slash !== -1 ? slash : space;
  if (cut === -1) {
    parseIPv6(trimmed);
    throw new InputError('subnet-no-prefix', { part: trimmed, family: 'IPv6' });
  }
  const prefix = parsePrefix6(trimmed.slice(cut + 1).trim());
  const { value } = parseIPv6(trimmed.slice(0, cut));
  return { address: value, prefix, network: value & ipv6PrefixMask(prefix) };
}

/** How many addresses a prefix spans: 2^(128 - prefix), exact. */
export function addressCount6(prefix: number): bigint {
  return 1n << BigInt(128 - prefix);
}

export function lastAddress6(network: bigint, prefix: number): bigint {
  return network | (ipv6Max ^ ipv6PrefixMask(prefix));
}

/** 128 bits from `from` to `to`, a colon between 16-bit groups strictly inside the range. */
export function bitRange6(value: bigint, from: number, to: number): string {
  const all = value.toString(2).padStart(128, '0');
  let out = '';
  for (let i = from; i < to; i++) {
    if (i > from && i % 16 === 0) out += ':';
    out += all[i];
  }
  return out;
}

/**
 * The reverse DNS zone of a network: its first prefix/4 nibbles, reversed. A prefix that is not a
 * multiple of 4 has no zone of its own; the zone of the nibble boundary above it is given.
 */
function reverseZone6(network: bigint, prefix: number): { zone: string; exact: boolean } {
  const nibbles = [
    ...network
      .toString(16)
      .padStart(32, '0')
      .slice(0, Math.floor(prefix / 4)),
  ].reverse();
  return { zone: [...nibbles, 'ip6.arpa'].join('.'), exact: prefix % 4 === 0 };
}

/** The subnet tool's model of an IPv6 network, as `netlearn subnet --json` prints it. */
export interface Subnet6Model {
  input: string;
  family: 'IPv6';
  address: string;
  prefix: number;
  mask: string;
  network: string;
  firstAddress: string;
  lastAddress: string;
  /** 2^(128 - prefix) in decimal: JSON numbers can't hold it. */
  addresses: string;
  addressesPower: string;
  hostBitCount: number;
  networkBits: string;
  hostBits: string;
  scope: IPv6Kind;
  reverseZone: string;
  reverseZoneExact: boolean;
}

export function subnet6ModelOf(input: string, { address, prefix }: { address: bigint; prefix: number }): Subnet6Model {
  const network = address & ipv6PrefixMask(prefix);
  const reverse = reverseZone6(network, prefix);
  return {
    input,
    family: 'IPv6',
    address: formatIPv6(address),
    prefix,
    mask: expandIPv6(ipv6PrefixMask(prefix)),
    network: formatIPv6(network),
    firstAddress: formatIPv6(network),
    lastAddress: formatIPv6(lastAddress6(network, prefix)),
    addresses: addressCount6(prefix).toString(),
    addressesPower: `2^${128 - prefix}`,
    hostBitCount: 128 - prefix,
    networkBits: bitRange6(address, 0, prefix),
    hostBits: bitRange6(address, prefix, 128),
    scope: ipv6KindBlock(address).kind,
    reverseZone: reverse.zone,
    reverseZoneExact: reverse.exact,
  };
}

export function subnet6Model(input: string): Subnet6Model {
  return subnet6ModelOf(input, parseCidr6(input));
}
