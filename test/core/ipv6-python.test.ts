import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, formatBlock, parseAnyNetwork, summarizeRange } from '../../src/core/ip-range.js';
import { expandIPv6, formatIPv6, ipv6ReversePointer } from '../../src/core/ipv6.js';
import { addressModel, type Ipv6Model } from '../../src/core/ipv6-model.js';
import { subnet6Model } from '../../src/core/subnet6.js';
import { anyHextets, anyPrefix6, toBigInt } from './ipv6-oracle.js';

/**
 * A differential test against Python's `ipaddress`, run where python3 is present: the same inputs
 * through both, thousands of them, in one python3 process.
 */
const python = spawnSync('python3', ['-c', 'import ipaddress'], { encoding: 'utf8' });
const hasPython = python.status === 0;

const script = String.raw`
import ipaddress, json, sys
job = json.load(sys.stdin)
out = {"addresses": [], "networks": [], "ranges": [], "collapse": []}
for text in job["addresses"]:
    a = ipaddress.ip_address(text)
    out["addresses"].append({
        "str": str(a), "exploded": a.exploded, "reverse": a.reverse_pointer,
        "loopback": a.is_loopback, "unspecified": a.is_unspecified, "linkLocal": a.is_link_local,
        "siteLocal": a.is_site_local, "multicast": a.is_multicast,
        "mapped": str(a.ipv4_mapped) if a.ipv4_mapped else None,
        "sixtofour": str(a.sixtofour) if a.sixtofour else None,
        "teredo": str(a.teredo[1]) if a.teredo else None,
    })
for text in job["networks"]:
    n = ipaddress.ip_network(text, strict=False)
    out["networks"].append([str(n.network_address), str(n.broadcast_address), str(n.num_addresses)])
for first, last in job["ranges"]:
    out["ranges"].append([str(n) for n in ipaddress.summarize_address_range(ipaddress.ip_address(first), ipaddress.ip_address(last))])
for group in job["collapse"]:
    nets = [ipaddress.ip_network(t, strict=False) for t in group]
    merged = []
    for version in (4, 6):  # collapse_addresses takes one family at a time
        merged += [str(n) for n in ipaddress.collapse_addresses([n for n in nets if n.version == version])]
    out["collapse"].append(merged)
json.dump(out, sys.stdout)
`;

/** Addresses near the special blocks as often as anywhere else, so every kind is met. */
const kindBases = [
  '::',
  '::ffff:0:0',
  '64:ff9b::',
  '2001::',
  '2001:db8::',
  '2002::',
  'fe80::',
  'fec0::',
  'fc00::',
  'ff00::',
];
const anyAddress = fc.oneof(
  anyHextets.map(toBigInt),
  fc.tuple(fc.constantFrom(...kindBases), anyHextets).map(([base, hextets]) => {
    const baseValue = toBigInt(expandIPv6Base(base));
    return baseValue | (toBigInt(hextets) & ((1n << 96n) - 1n) & (baseValue === 0n ? 0xffffn : (1n << 96n) - 1n));
  }),
);

function expandIPv6Base(text: string): number[] {
  const [head, tail] = text.split('::');
  const h = head ? head.split(':').map((g) => Number.parseInt(g, 16)) : [];
  const t = tail ? tail.split(':').map((g) => Number.parseInt(g, 16)) : [];
  return [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
}

const seed = 20261202;
const addresses = fc.sample(anyAddress, { seed, numRuns: 3000 });
const networks = fc.sample(fc.tuple(anyAddress, anyPrefix6), { seed: seed + 1, numRuns: 2000 });
const ranges = fc.sample(fc.tuple(anyAddress, anyAddress), { seed: seed + 2, numRuns: 300 });
const v4ranges = fc.sample(fc.tuple(fc.nat(0xffffffff), fc.nat(0xffffffff)), { seed: seed + 3, numRuns: 300 });
const v4 = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
const collapseGroups = fc.sample(
  fc.array(
    fc.oneof(
      fc
        .tuple(fc.nat(0xffff), fc.integer({ min: 16, max: 32 }))
        .map(([n, p]) => `10.0.${v4(n).split('.').slice(2).join('.')}/${p}`),
      fc.tuple(fc.nat(0xff), fc.integer({ min: 120, max: 128 })).map(([n, p]) => `2001:db8::${n.toString(16)}/${p}`),
    ),
    { minLength: 1, maxLength: 30 },
  ),
  { seed: seed + 4, numRuns: 300 },
);

const orderedPair = ([a, b]: [bigint, bigint]): [bigint, bigint] => (a <= b ? [a, b] : [b, a]);

describe.skipIf(!hasPython)('against python3 ipaddress (skipped: python3 with ipaddress not found)', () => {
  const job = {
    addresses: addresses.map(expandIPv6),
    networks: networks.map(([value, prefix]) => `${formatIPv6(value)}/${prefix}`),
    ranges: [
      ...ranges.map(orderedPair).map(([a, b]) => [formatIPv6(a), formatIPv6(b)]),
      ...v4ranges.map(([a, b]) => (a <= b ? [v4(a), v4(b)] : [v4(b), v4(a)])),
    ],
    collapse: collapseGroups,
  };
  const run = hasPython
    ? spawnSync('python3', ['-c', script], { input: JSON.stringify(job), encoding: 'utf8', maxBuffer: 1 << 28 })
    : undefined;
  if (run && run.status !== 0) throw new Error(run.stderr);
  const theirs = run ? JSON.parse(run.stdout) : undefined;

  it('canonical form, full form, reverse pointer and kind of 3,000 addresses', () => {
    job.addresses.forEach((text, i) => {
      const py = theirs.addresses[i];
      const ours = addressModel(text) as Ipv6Model;
      expect(ours.expanded).toBe(py.exploded);
      // Python before 3.13 writes a mapped address in hex groups; RFC 5952 section 5 dots it.
      expect(ours.address).toBe(py.mapped ? `::ffff:${py.mapped}` : py.str);
      expect(ipv6ReversePointer(BigInt(ours.integer))).toBe(py.reverse);
      expect(ours.scope === 'loopback').toBe(py.loopback);
      expect(ours.scope === 'unspecified').toBe(py.unspecified);
      expect(ours.scope === 'link-local').toBe(py.linkLocal);
      expect(ours.scope === 'site-local').toBe(py.siteLocal);
      expect(ours.scope === 'multicast').toBe(py.multicast);
      expect(ours.mappedIPv4).toBe(py.mapped);
      if (ours.scope === '6to4') expect(ours.embeddedIPv4).toBe(py.sixtofour);
      expect(ours.scope === '6to4').toBe(py.sixtofour !== null);
      // Python calls all of 2001::/32 Teredo, documentation's 2001:db8::/32 lies outside it.
      expect(ours.scope === 'teredo').toBe(py.teredo !== null);
      if (py.teredo) expect(ours.embeddedIPv4).toBe(py.teredo);
    });
  });

  it('network, last address and count of 2,000 networks', () => {
    job.networks.forEach((text, i) => {
      const [network, last, count] = theirs.networks[i];
      const ours = subnet6Model(text);
      expect([ours.network, ours.lastAddress, ours.addresses]).toEqual([
        network.startsWith('::ffff:') ? ours.network : network,
        last.startsWith('::ffff:') ? ours.lastAddress : last,
        count,
      ]);
    });
  });

  it('range matches summarize_address_range on 600 ranges of both families', () => {
    job.ranges.forEach(([first, last], i) => {
      const a = parseAnyNetwork(first!);
      const ours = [...summarizeRange(a.family, a.value, parseAnyNetwork(last!).value)].map(formatBlock);
      const py = theirs.ranges[i].map((cidr: string) => formatBlock(parseAnyNetwork(cidr)));
      expect(ours).toEqual(py);
    });
  });

  it('aggregate matches collapse_addresses on 300 lists', () => {
    job.collapse.forEach((group, i) => {
      const ours = aggregate(group.map(parseAnyNetwork)).map((row) => formatBlock(row.block));
      const py = theirs.collapse[i].map((cidr: string) => formatBlock(parseAnyNetwork(cidr)));
      expect(ours).toEqual(py);
    });
  });
});
