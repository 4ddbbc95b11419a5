import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkWalk, walkAddresses } from '../../src/core/address-walk.js';
import { eui64OfAddress, eui64OfMac, linkLocalOfMac, solicitedNodeOf } from '../../src/core/eui64.js';
import { aggregate, formatAddress, formatBlock, parseAnyNetwork, summarizeRange } from '../../src/core/ip-range.js';
import { excludeBlock, nextBlocks, supernetOf } from '../../src/core/network-steps.js';
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
out = {"addresses": [], "networks": [], "ranges": [], "collapse": [], "supernet": [], "exclude": [], "next": [], "hosts": [], "eui64": []}
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
for text, prefix in job["supernet"]:
    out["supernet"].append(str(ipaddress.ip_network(text, strict=False).supernet(new_prefix=prefix)))
for outer, inner in job["exclude"]:
    out["exclude"].append([str(n) for n in ipaddress.ip_network(outer).address_exclude(ipaddress.ip_network(inner))])
for text, count in job["next"]:
    n = ipaddress.ip_network(text)
    after = []
    while len(after) < count and int(n.broadcast_address) < (1 << n.max_prefixlen) - 1:
        n = ipaddress.ip_network((int(n.broadcast_address) + 1, n.prefixlen))
        after.append(str(n))
    out["next"].append(after)
for text, every in job["hosts"]:
    net = ipaddress.ip_network(text)
    out["hosts"].append([str(a) for a in list(net.hosts())[::every]])
for text in job["eui64"]:
    b = ipaddress.ip_address(text).packed[8:]
    mac = ":".join("%02x" % x for x in bytes([b[0] ^ 2]) + b[1:3] + b[5:]) if b[3:5] == b"\xff\xfe" else None
    link = str(ipaddress.ip_address(0xfe80 << 112 | int.from_bytes(b, "big"))) if mac else None
    out["eui64"].append([mac, link, str(ipaddress.ip_address(0xff0200000000000000000001ff000000 | int(ipaddress.ip_address(text)) & 0xffffff))])
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

/** Issue 30's verbs: blocks of both families, the v4 ones as often as the v6 ones. */
const anyCidr = fc.oneof(
  fc.tuple(fc.nat(0xffffffff), fc.integer({ min: 0, max: 32 })).map(([n, p]) => `${v4(n)}/${p}`),
  fc.tuple(anyAddress, anyPrefix6).map(([value, p]) => `${formatIPv6(value)}/${p}`),
);
const strictCidr = (text: string) => formatBlock(parseAnyNetwork(text));
const supernets = fc.sample(fc.tuple(anyCidr, fc.nat()), { seed: seed + 5, numRuns: 1500 }).map(([text, n]) => {
  const block = parseAnyNetwork(text);
  return [text, n % (block.prefix + 1)] as [string, number];
});
const excludes = fc
  .sample(fc.tuple(anyCidr, anyCidr, fc.nat(24)), { seed: seed + 6, numRuns: 1500 })
  .map(([outerText, innerText, extra]) => {
    const outer = parseAnyNetwork(outerText);
    const bits = outer.family === 'IPv4' ? 32 : 128;
    const prefix = Math.min(bits, outer.prefix + extra);
    const mask = (1n << BigInt(bits - outer.prefix)) - 1n;
    const inner = parseAnyNetwork(innerText.includes(':') === (outer.family === 'IPv6') ? innerText : outerText);
    const value = outer.value | (inner.value & mask);
    const hostBits = BigInt(bits - prefix);
    return [formatBlock(outer), formatBlock({ ...outer, value: (value >> hostBits) << hostBits, prefix })];
  });
const nexts = fc.sample(fc.tuple(anyCidr, fc.integer({ min: 1, max: 6 })), { seed: seed + 7, numRuns: 1000 });
const smallNetworks = fc.oneof(
  fc.tuple(fc.nat(0xffffffff), fc.integer({ min: 24, max: 32 })).map(([n, p]) => `${v4(n)}/${p}`),
  fc.tuple(anyAddress, fc.integer({ min: 120, max: 128 })).map(([value, p]) => `${formatIPv6(value)}/${p}`),
);
const hostLists = fc.sample(fc.tuple(smallNetworks, fc.integer({ min: 1, max: 4 })), { seed: seed + 8, numRuns: 1000 });
const anyMac = fc.array(fc.nat(255), { minLength: 6, maxLength: 6 });
const eui64Addresses = fc.sample(
  fc.oneof(
    anyAddress,
    fc.tuple(anyAddress, anyMac).map(([prefix, mac]) => {
      const id =
        (BigInt(mac[0]! ^ 2) << 56n) |
        (BigInt((mac[1]! << 16) | (mac[2]! << 8) | 0xff) << 32n) |
        (0xfen << 24n) |
        BigInt((mac[3]! << 16) | (mac[4]! << 8) | mac[5]!);
      return ((prefix >> 64n) << 64n) | id;
    }),
  ),
  { seed: seed + 9, numRuns: 2000 },
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
    supernet: supernets.map(([text, prefix]) => [strictCidr(text), prefix]),
    exclude: excludes,
    next: nexts.map(([text, count]) => [strictCidr(text), count]),
    hosts: hostLists.map(([text, every]) => [strictCidr(text), every]),
    eui64: eui64Addresses.map(formatIPv6),
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

  it('--supernet matches supernet(new_prefix=) on 1,500 networks of both families', () => {
    job.supernet.forEach(([text, prefix], i) => {
      const ours = supernetOf(parseAnyNetwork(text as string), prefix as number).block;
      expect(formatBlock(ours)).toBe(strictCidr(theirs.supernet[i]));
    });
  });

  it('--exclude matches address_exclude, block for block and in its order, on 1,500 pairs', () => {
    job.exclude.forEach(([outer, inner], i) => {
      const ours = [...excludeBlock(parseAnyNetwork(outer!), parseAnyNetwork(inner!))].map(formatBlock);
      expect(ours).toEqual(theirs.exclude[i].map(strictCidr));
    });
  });

  it('--next matches stepping past broadcast_address on 1,000 networks, to the end of the space', () => {
    job.next.forEach(([text, count], i) => {
      const ours = [...nextBlocks(parseAnyNetwork(text as string), BigInt(count!))].map(formatBlock);
      expect(ours).toEqual(theirs.next[i].map(strictCidr));
    });
  });

  it('hosts matches hosts() with a step on 1,000 small networks', () => {
    job.hosts.forEach(([text, every], i) => {
      const walk = networkWalk(text as string, false, BigInt(every!));
      const ours = [...walkAddresses(walk)].map((value) => formatAddress(walk.family, value));
      expect(ours).toEqual(theirs.hosts[i].map((a: string) => formatAddress(walk.family, parseAnyNetwork(a).value)));
    });
  });

  it('EUI-64 to MAC, back to the link-local address, and the solicited-node group on 2,000 addresses', () => {
    job.eui64.forEach((text, i) => {
      const [mac, link, solicited] = theirs.eui64[i];
      const value = parseAnyNetwork(text).value;
      const eui = eui64OfAddress(value);
      expect(eui?.mac ?? null).toBe(mac);
      if (eui) expect(formatIPv6(linkLocalOfMac(eui64OfMac(eui.mac)))).toBe(link);
      expect(formatIPv6(solicitedNodeOf(value))).toBe(solicited);
    });
  });
});
