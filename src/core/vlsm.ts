import { InputError } from './input-error.js';
import { addressCount, broadcastOf, type Network } from './subnet.js';

/** One subnet handed out for a requested number of hosts. */
export interface VlsmAllocation {
  /** Hosts asked for. */
  wanted: number;
  /** Where the request stood in the user's list, from 0. */
  order: number;
  network: number;
  prefix: number;
}

export interface VlsmPlan {
  /** Largest request first, each aligned right after the previous one. */
  allocations: VlsmAllocation[];
  /** What is left of the network, as the fewest aligned blocks, in address order. */
  unused: Network[];
}

/** Reads `100,50,20`: positive whole numbers separated by commas. */
export function parseHostList(text: string): number[] {
  return hostListEntries(text).map(Number);
}

/** The entries of a host list as typed, each checked to be a whole number above 0. */
export function hostListEntries(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new InputError('subnet-hosts-empty', {});
  return trimmed.split(',').map((entry, index) => {
    const part = entry.trim();
    if (!/^[0-9]+$/.test(part) || Number(part) === 0) throw new InputError('subnet-hosts-entry', { part, index });
    return part;
  });
}

/** The longest prefix VLSM hands to a LAN: /30, two usable hosts. */
const longestLanPrefix = 30;

/** Usable hosts of a LAN subnet under the classic rule: 2^(32 - prefix) - 2, none past /30. */
export function classicHostCount(prefix: number): number {
  return prefix > longestLanPrefix ? 0 : addressCount(prefix) - 2;
}

/**
 * The smallest LAN subnet for `hosts` under the classic rule (CCNA's): the longest prefix with
 * 2^(32 - prefix) - 2 >= hosts, so 1 or 2 hosts get a /30, 50 a /26, 100 a /25. RFC 3021's /31
 * is for point-to-point links only, so VLSM never hands one out. Undefined past 2^32 - 2.
 */
export function prefixForHosts(hosts: number): number | undefined {
  for (let prefix = longestLanPrefix; prefix >= 0; prefix--) if (classicHostCount(prefix) >= hosts) return prefix;
  return undefined;
}

/** Splits the range [start, end] (inclusive) into the fewest aligned CIDR blocks. */
export function rangeToBlocks(start: number, end: number): Network[] {
  const blocks: Network[] = [];
  let cursor = start;
  while (cursor <= end) {
    let size = 1;
    // Grow while the block stays aligned at cursor and inside the range.
    while (size < 2 ** 32 && cursor % (size * 2) === 0 && cursor + size * 2 - 1 <= end) size *= 2;
    blocks.push({ network: cursor, prefix: 32 - Math.log2(size) });
    cursor += size;
  }
  return blocks;
}

/**
 * Variable-length subnets for the requested host counts: largest first, each the smallest prefix
 * that fits, packed from the network's start (descending sizes keep every block aligned).
 */
export function allocateVlsm(
  { network, prefix }: Network,
  wanted: readonly number[],
  typed?: readonly string[],
): VlsmPlan {
  const available = addressCount(prefix);
  const requests = wanted
    .map((hosts, order) => {
      const fit = prefixForHosts(hosts);
      if (fit === undefined || fit < prefix) {
        // The count as typed: a huge one would print as 1e+22.
        throw new InputError('subnet-hosts-too-big', {
          part: typed?.[order] ?? String(hosts),
          index: order,
          max: classicHostCount(prefix),
        });
      }
      return { wanted: hosts, order, prefix: fit };
    })
    .sort((a, b) => a.prefix - b.prefix || b.wanted - a.wanted || a.order - b.order);
  const needed = requests.reduce((sum, request) => sum + addressCount(request.prefix), 0);
  if (needed > available) throw new InputError('subnet-hosts-no-room', { needed, available });
  let cursor = network;
  const allocations = requests.map((request) => {
    const allocation = { ...request, network: cursor };
    cursor += addressCount(request.prefix);
    return allocation;
  });
  const end = broadcastOf(network, prefix);
  return { allocations, unused: cursor <= end ? rangeToBlocks(cursor, end) : [] };
}
