import { InputError } from './input-error.js';
import { formatIPv4 } from './ipv4.js';

/**
 * IPv6 interface identifiers: the modified EUI-64 built from a MAC (RFC 4291 appendix A: ff:fe in
 * the middle, the universal/local bit inverted), the solicited-node group an address joins
 * (RFC 4291 section 2.7.1) and the Teredo server an address names (RFC 4380 section 4).
 */

const low64 = (1n << 64n) - 1n;

/** A MAC address as bytes, and the interface identifier it becomes. */
export interface Eui64 {
  mac: string;
  /** The 64-bit interface identifier in four hex groups, as the address's low half. */
  interfaceId: string;
  /** The U/L bit as the MAC has it: 0 universal (burnt in by the maker), 1 locally assigned. */
  macLocalBit: 0 | 1;
  /** The same bit as the address has it, inverted. */
  idLocalBit: 0 | 1;
}

const macOf = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');

function idText(id: bigint): string {
  return [48n, 32n, 16n, 0n].map((shift) => ((id >> shift) & 0xffffn).toString(16)).join(':');
}

function eui64Of(macBytes: readonly number[]): Eui64 {
  const idBytes = [
    macBytes[0]! ^ 0x02,
    macBytes[1]!,
    macBytes[2]!,
    0xff,
    0xfe,
    macBytes[3]!,
    macBytes[4]!,
    macBytes[5]!,
  ];
  const id = idBytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
  const macLocalBit = ((macBytes[0]! >> 1) & 1) as 0 | 1;
  return { mac: macOf(macBytes), interfaceId: idText(id), macLocalBit, idLocalBit: (macLocalBit ^ 1) as 0 | 1 };
}

/** The MAC inside an address whose interface identifier holds ff:fe in its middle, or undefined. */
export function eui64OfAddress(value: bigint): Eui64 | undefined {
  const id = value & low64;
  if (((id >> 24n) & 0xffffn) !== 0xfffen) return undefined;
  const bytes = [56n, 48n, 40n, 16n, 8n, 0n].map((shift) => Number((id >> shift) & 0xffn));
  bytes[0]! ^= 0x02;
  return eui64Of(bytes);
}

const macForms = [
  /^([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})[:-]([0-9a-f]{2})$/i,
  /^([0-9a-f]{2})([0-9a-f]{2})\.([0-9a-f]{2})([0-9a-f]{2})\.([0-9a-f]{2})([0-9a-f]{2})$/i,
];

/** True for a MAC in one of its usual spellings: 00:23:ae:a4:8c:a9, 00-23-AE-A4-8C-A9, 0023.aea4.8ca9. */
export function looksLikeMac(text: string): boolean {
  return macForms.some((form) => form.test(text.trim()));
}

/** A MAC address and the modified EUI-64 interface identifier built from it. */
export function eui64OfMac(text: string): Eui64 {
  const trimmed = text.trim();
  const match = macForms.map((form) => form.exec(trimmed)).find((m) => m !== null);
  if (!match) throw new InputError('mac-invalid', { part: trimmed });
  return eui64Of(match.slice(1, 7).map((hex) => Number.parseInt(hex, 16)));
}

/** The link-local address (fe80::/64) a MAC gives through EUI-64. */
export function linkLocalOfMac(eui: Eui64): bigint {
  const id = eui.interfaceId.split(':').reduce((acc, hex) => (acc << 16n) | BigInt(Number.parseInt(hex, 16)), 0n);
  return (0xfe80n << 112n) | id;
}

/** ff02::1:ff00:0/104 plus the address's last 24 bits: the group neighbour discovery asks. */
export function solicitedNodeOf(value: bigint): bigint {
  return (0xff02n << 112n) | (0x1ffn << 24n) | (value & 0xffffffn);
}

/** A Teredo address's parts: server (plain), client and port (stored inverted, RFC 4380). */
export interface TeredoParts {
  server: string;
  client: string;
  port: number;
}

export function teredoParts(value: bigint): TeredoParts {
  return {
    server: formatIPv4(Number((value >> 64n) & 0xffffffffn)),
    client: formatIPv4(Number(~value & 0xffffffffn)),
    port: Number((~value >> 32n) & 0xffffn),
  };
}
