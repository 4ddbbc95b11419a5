import { InputError } from './input-error.js';
import { formatHextets, formatIPv6, ipv6Hextets } from './ipv6.js';
import { addressCount6, lastAddress6 } from './subnet6.js';

/** An equal split of an IPv6 network: `count` subnets of `prefix`. */
export interface Split6Plan {
  network: bigint;
  parentPrefix: number;
  prefix: number;
  /** 2^(prefix - parentPrefix): up to 2^128, so a BigInt. */
  count: bigint;
  requested?: bigint;
}

/** One IPv6 subnet as `--json` lists it. */
export interface Subnet6Row {
  cidr: string;
  network: string;
  firstAddress: string;
  lastAddress: string;
  addresses: string;
}

/** `--split /P` or `--split N` for an IPv6 network. */
export function parseSplit6(
  text: string,
  { network, prefix: parentPrefix }: { network: bigint; prefix: number },
): Split6Plan {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '/') throw new InputError('subnet-split-missing', {});
  if (trimmed.startsWith('/')) {
    const digits = trimmed.slice(1);
    if (/^-\d+$/.test(digits))
      throw new InputError('subnet6-split-prefix-range', { part: trimmed, prefix: parentPrefix });
    if (!/^(0|[1-9][0-9]*)$/.test(digits)) throw new InputError('subnet-split-not-number', { part: trimmed });
    const prefix = Number(digits);
    if (prefix > 128) throw new InputError('subnet6-split-prefix-range', { part: trimmed, prefix: parentPrefix });
    if (prefix < parentPrefix)
      throw new InputError('subnet-split-prefix-short', { part: trimmed, prefix: parentPrefix });
    return { network, parentPrefix, prefix, count: 1n << BigInt(prefix - parentPrefix) };
  }
  if (/^-\d+$/.test(trimmed)) throw new InputError('subnet-split-zero', { part: trimmed });
  if (!/^[0-9]+$/.test(trimmed)) throw new InputError('subnet-split-not-number', { part: trimmed });
  const requested = BigInt(trimmed);
  if (requested === 0n) throw new InputError('subnet-split-zero', { part: trimmed });
  // The fewest extra bits b with 2^b >= requested.
  const bits = requested === 1n ? 0 : (requested - 1n).toString(2).length;
  const prefix = parentPrefix + bits;
  if (prefix > 128) {
    throw new InputError('subnet6-split-too-many', {
      part: trimmed,
      max: addressCount6(parentPrefix).toString(),
      prefix: parentPrefix,
    });
  }
  return { network, parentPrefix, prefix, count: 1n << BigInt(bits), requested };
}

function subnet6Row(network: bigint, prefix: number): Subnet6Row {
  const text = formatIPv6(network);
  return {
    cidr: `${text}/${prefix}`,
    network: text,
    firstAddress: text,
    lastAddress: formatIPv6(lastAddress6(network, prefix)),
    addresses: addressCount6(prefix).toString(),
  };
}

export function split6RowAt(plan: Split6Plan, index: bigint): Subnet6Row {
  return subnet6Row(plan.network + index * addressCount6(plan.prefix), plan.prefix);
}

/**
 * The networks of a split in order, as eight 16-bit groups stepped in place: one add with carry
 * per row instead of BigInt arithmetic, so a 2^32-row split streams at formatting speed.
 * The array yielded is reused; copy it to keep it.
 */
function* split6Hextets(plan: Split6Plan): Generator<readonly number[]> {
  const h = ipv6Hextets(plan.network);
  if (plan.prefix === 0) {
    yield h;
    return;
  }
  const group = Math.floor((plan.prefix - 1) / 16);
  const step = 1 << (15 - ((plan.prefix - 1) % 16));
  for (let remaining = plan.count; remaining > 0n;) {
    const batch = remaining > 65536n ? 65536 : Number(remaining);
    for (let i = 0; i < batch; i++) {
      yield h;
      let k = group;
      h[k] = h[k]! + step;
      while (h[k]! > 0xffff && k > 0) {
        h[k] = h[k]! - 0x10000;
        k--;
        h[k] = h[k]! + 1;
      }
    }
    remaining -= BigInt(batch);
  }
}

const linesPerChunk = 2048;

/** The split's CIDRs, many lines per chunk (no final newline), in constant memory. */
export function* split6CidrChunks(plan: Split6Plan): Generator<string> {
  const suffix = `/${plan.prefix}`;
  let chunk: string[] = [];
  for (const h of split6Hextets(plan)) {
    chunk.push(formatHextets(h) + suffix);
    if (chunk.length === linesPerChunk) {
      yield chunk.join('\n');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('\n');
}

/** The split's rows, lazily, in order. */
export function* split6Rows(plan: Split6Plan): Generator<Subnet6Row> {
  for (const h of split6Hextets(plan)) {
    const network = h.reduce((acc, x) => (acc << 16n) | BigInt(x), 0n);
    yield subnet6Row(network, plan.prefix);
  }
}
