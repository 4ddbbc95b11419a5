import { InputError } from './input-error.js';
import { addressCount, broadcastOf, hostCount, type Network } from './subnet.js';

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
  const trimmed = text.trim();
  if (trimmed === '') throw new InputError('subnet-hosts-empty', {});
  return trimmed.split(',').map((entry, index) => {
    const part = entry.trim();
    if (!/^[0-9]+$/.test(part) || Number(part) === 0) throw new InputError('subnet-hosts-entry', { part, index });
    return Number(part);
  });
}

/** The smallest prefix whose usable hosts reach `hosts` (a /26 for 50), or undefined past 2^32 - 2. */
export function prefixForHosts(hosts: number): number | undefined {
  for (let prefix = 32; prefix >= 0; prefix--) if (hostCount(prefix) >= hosts) return prefix;
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
export function allocateVlsm({ network, prefix }: Network, wanted: readonly number[]): VlsmPlan {
  const available = addressCount(prefix);
  const requests = wanted
    .map((hosts, order) => {
      const fit = prefixForHosts(hosts);
      if (fit === undefined || fit < prefix) {
        throw new InputError('subnet-hosts-too-big', { part: String(hosts), index: order, max: hostCount(prefix) });
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
