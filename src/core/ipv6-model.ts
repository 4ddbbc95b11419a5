import { eui64OfAddress, solicitedNodeOf, teredoParts } from './eui64.js';
import { ipModel, type IpModel } from './ipv4.js';
import {
  compressionSteps,
  expandIPv6,
  formatIPv6,
  ipv6Hextets,
  ipv6ReversePointer,
  parseIPv6,
  type CompressionSteps,
} from './ipv6.js';
import { embeddedIPv4, ipv6KindBlock, multicastScope, type IPv6Kind, type MulticastScope } from './ipv6-kind.js';

/** The converter's model of an IPv6 address, as `netlearn ip --json` prints it. */
export interface Ipv6Model {
  input: string;
  family: 'IPv6';
  /** Canonical text (RFC 5952). */
  address: string;
  expanded: string;
  hextets: string[];
  hextetsBinary: string[];
  /** The 128-bit integer in decimal: JSON numbers can't hold it. */
  integer: string;
  hex: string;
  scope: IPv6Kind;
  /** The block the scope comes from and its RFC, e.g. fe80::/10, RFC 4291. */
  block: string;
  rfc: string;
  multicastScope: MulticastScope | null;
  zone: string | null;
  /** The IPv4 address inside an IPv4-mapped address. */
  mappedIPv4: string | null;
  /** The IPv4 address a 6to4, NAT64 or Teredo address carries (Teredo: the client's). */
  embeddedIPv4: string | null;
  reversePointer: string;
  /** The MAC an EUI-64 interface id was built from (ff:fe in its middle), U/L bit flipped back. */
  eui64Mac: string | null;
  /** ff02::1:ffXX:XXXX, the group neighbour discovery asks for this address (unicast only). */
  solicitedNode: string | null;
  /** A Teredo address's server (plain) and the client's port (stored inverted). */
  teredoServer: string | null;
  teredoPort: number | null;
}

function ipv6ModelOf(input: string, value: bigint, zone?: string): Ipv6Model {
  const hextets = ipv6Hextets(value);
  const block = ipv6KindBlock(value);
  const teredo = block.kind === 'teredo' ? teredoParts(value) : undefined;
  return {
    input,
    family: 'IPv6',
    address: formatIPv6(value),
    expanded: expandIPv6(value),
    hextets: hextets.map((h) => h.toString(16).padStart(4, '0')),
    hextetsBinary: hextets.map((h) => h.toString(2).padStart(16, '0')),
    integer: value.toString(),
    hex: `0x${value.toString(16).toUpperCase().padStart(32, '0')}`,
    scope: block.kind,
    block: block.cidr,
    rfc: block.rfc,
    multicastScope: block.kind === 'multicast' ? multicastScope(value) : null,
    zone: zone ?? null,
    mappedIPv4: block.kind === 'ipv4-mapped' ? (embeddedIPv4(value, block.kind) ?? null) : null,
    embeddedIPv4: embeddedIPv4(value, block.kind) ?? null,
    reversePointer: ipv6ReversePointer(value),
    eui64Mac: eui64OfAddress(value)?.mac ?? null,
    solicitedNode:
      block.kind === 'multicast' || block.kind === 'unspecified' ? null : formatIPv6(solicitedNodeOf(value)),
    teredoServer: teredo?.server ?? null,
    teredoPort: teredo?.port ?? null,
  };
}

/** The converter's model of either family. */
export type AddressModel = IpModel | Ipv6Model;

/** A colon means IPv6 (`::1`, `fe80::1%eth0`); anything else is read as IPv4. */
export function looksLikeIPv6(text: string): boolean {
  return text.includes(':');
}

/** Parses an address of either family and builds its model; throws InputError for bad input. */
export function addressModel(input: string): AddressModel {
  if (!looksLikeIPv6(input)) return ipModel(input);
  const { value, zone } = parseIPv6(input);
  return ipv6ModelOf(input, value, zone);
}

/** How the canonical form came from the full one, for the explanation under the address. */
export function ipv6Compression(model: Ipv6Model): CompressionSteps {
  return compressionSteps(BigInt(model.integer));
}
