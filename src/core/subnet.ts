import { InputError } from './input-error.js';
import { bitRange, formatIPv4, ipv4Scope, maskToPrefix, parseIPv4, prefixToMask, type Scope } from './ipv4.js';

/** A network as two numbers: its first address (unsigned 32-bit) and its prefix length. */
export interface Network {
  network: number;
  prefix: number;
}

/** An address inside its network, as the user wrote it. */
export interface AddressInNetwork extends Network {
  address: number;
}

/** How many addresses a prefix spans: 2^(32 - prefix), up to 4294967296 for /0. */
export function addressCount(prefix: number): number {
  return 2 ** (32 - prefix);
}

/**
 * Usable hosts: all but the network and broadcast addresses, except a /31 (RFC 3021: a
 * point-to-point link, both addresses are hosts) and a /32 (the one address is the host).
 */
export function hostCount(prefix: number): number {
  if (prefix >= 31) return addressCount(prefix);
  return addressCount(prefix) - 2;
}

export function broadcastOf(network: number, prefix: number): number {
  return (network + addressCount(prefix) - 1) >>> 0;
}

/** The first usable host; a /31 or /32 starts at its network address. */
export function firstHostOf(network: number, prefix: number): number {
  return prefix >= 31 ? network : (network + 1) >>> 0;
}

/** The last usable host; a /31 or /32 ends at its broadcast (highest) address. */
export function lastHostOf(network: number, prefix: number): number {
  const broadcast = broadcastOf(network, prefix);
  return prefix >= 31 ? broadcast : (broadcast - 1) >>> 0;
}

/** `192.168.1.0/24`. */
export function formatCidr(network: number, prefix: number): string {
  return `${formatIPv4(network)}/${prefix}`;
}

/** A prefix length after the slash: 0 to 32, digits only. */
function parsePrefix(text: string): number {
  if (text === '') throw new InputError('subnet-prefix-missing', {});
  if (/^-\d+$/.test(text)) throw new InputError('subnet-prefix-negative', { part: text });
  if (/^0[0-9]+$/.test(text)) throw new InputError('subnet-prefix-leading-zero', { part: text });
  if (!/^(0|[1-9][0-9]*)$/.test(text)) throw new InputError('subnet-prefix-not-number', { part: text });
  const prefix = Number(text);
  if (prefix > 32) throw new InputError('subnet-prefix-range', { part: text });
  return prefix;
}

/** A mask in dotted decimal (or bits): it must be ones then zeros. */
function parseMask(text: string): number {
  const mask = parseIPv4(text, 'mask');
  const prefix = maskToPrefix(mask);
  if (prefix === undefined) throw new InputError('subnet-mask-noncontiguous', { part: text.trim() });
  return prefix;
}

/**
 * Dotted, or long and not plain digits, reads as a mask. Digits only are a prefix however long
 * (`/99999999999` is a prefix over 32), except 32 ones and zeros: a mask written in bits.
 */
function looksLikeMask(text: string): boolean {
  if (text.includes('.')) return true;
  if (/^[0-9]+$/.test(text.trim())) return /^[01]{32}$/.test(text.trim());
  return text.length >= 8;
}

/** A prefix (`24`, `/24`) or a dotted mask (`255.255.255.0`). */
function parsePrefixOrMask(text: string): number {
  const bare = text.startsWith('/') ? text.slice(1) : text;
  return looksLikeMask(bare) ? parseMask(bare) : parsePrefix(bare);
}

/**
 * Reads `<ip>/<prefix>`, `<ip>/<dotted mask>` or `<ip> <mask>` (mask given as a second part).
 * Surrounding spaces are trimmed; anything else that is wrong throws InputError.
 */
export function parseCidr(text: string, maskText?: string): AddressInNetwork {
  const trimmed = text.trim();
  if (trimmed === '') throw new InputError('subnet-empty', {});
  let addressText = trimmed;
  let prefix: number;
  if (maskText !== undefined) {
    if (trimmed.includes('/')) throw new InputError('subnet-two-masks', { part: maskText.trim() });
    prefix = parsePrefixOrMask(maskText.trim());
  } else {
    const slash = trimmed.indexOf('/');
    const space = trimmed.search(/\s/);
    if (slash === -1 && space !== -1) {
      addressText = trimmed.slice(0, space);
      prefix = parsePrefixOrMask(trimmed.slice(space).trim());
    } else if (slash === -1) {
      parseIPv4(trimmed);
      throw new InputError('subnet-no-prefix', { part: trimmed });
    } else {
      addressText = trimmed.slice(0, slash);
      const after = trimmed.slice(slash + 1);
      if (after.trim() === '') throw new InputError('subnet-prefix-missing', { part: trimmed });
      prefix = looksLikeMask(after) ? parseMask(after) : parsePrefix(after);
    }
  }
  const address = parseIPv4(addressText);
  return { address, prefix, network: (address & prefixToMask(prefix)) >>> 0 };
}

/** The subnet tool's model, exactly as `netlearn subnet --json` prints it. */
export interface SubnetModel {
  input: string;
  address: string;
  prefix: number;
  mask: string;
  wildcard: string;
  network: string;
  broadcast: string;
  firstHost: string;
  lastHost: string;
  addresses: number;
  hosts: number;
  networkBits: string;
  hostBits: string;
  scope: Scope;
}

/** The model of an address already parsed (the screen moves the prefix without re-parsing text). */
export function subnetModelOf(input: string, { address, prefix }: { address: number; prefix: number }): SubnetModel {
  const mask = prefixToMask(prefix);
  const network = (address & mask) >>> 0;
  return {
    input,
    address: formatIPv4(address),
    prefix,
    mask: formatIPv4(mask),
    wildcard: formatIPv4(~mask >>> 0),
    network: formatIPv4(network),
    broadcast: formatIPv4(broadcastOf(network, prefix)),
    firstHost: formatIPv4(firstHostOf(network, prefix)),
    lastHost: formatIPv4(lastHostOf(network, prefix)),
    addresses: addressCount(prefix),
    hosts: hostCount(prefix),
    networkBits: bitRange(address, 0, prefix),
    hostBits: bitRange(address, prefix, 32),
    scope: ipv4Scope(address),
  };
}

/** Parses `<ip>/<prefix>`, `<ip>/<mask>` or `<ip> <mask>` and builds the model. */
export function subnetModel(input: string, maskText?: string): SubnetModel {
  const parsed = parseCidr(input, maskText);
  return subnetModelOf(maskText === undefined ? input : `${input} ${maskText}`, parsed);
}

/** Where the address sits in its network, for the one-sentence summary. */
export type AddressRole =
  | { kind: 'host'; index: number }
  | { kind: 'network' }
  | { kind: 'broadcast' }
  | { kind: 'point-to-point'; index: number }
  | { kind: 'single' };

export function addressRole({ address, prefix, network }: AddressInNetwork): AddressRole {
  const offset = address - network;
  if (prefix === 32) return { kind: 'single' };
  if (prefix === 31) return { kind: 'point-to-point', index: offset + 1 };
  if (offset === 0) return { kind: 'network' };
  if (address === broadcastOf(network, prefix)) return { kind: 'broadcast' };
  return { kind: 'host', index: offset };
}
