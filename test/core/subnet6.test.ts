import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, blockContains, formatBlock, parseAnyNetwork, summarizeRange } from '../../src/core/ip-range.js';
import { formatIPv6 } from '../../src/core/ipv6.js';
import { parseSplit6, split6CidrChunks, split6RowAt, split6Rows } from '../../src/core/subnet6-split.js';
import { parseCidr6, subnet6Model } from '../../src/core/subnet6.js';
import { codeOf } from './input-error-of.js';
import { anyIPv6, anyPrefix6, oracle6 } from './ipv6-oracle.js';

describe('subnet6Model', () => {
  it('2001:db8:abcd::/48: network, mask, first and last, count, reverse zone', () => {
    expect(subnet6Model('2001:db8:abcd::/48')).toMatchObject({
      family: 'IPv6',
      network: '2001:db8:abcd::',
      prefix: 48,
      mask: 'ffff:ffff:ffff:0000:0000:0000:0000:0000',
      firstAddress: '2001:db8:abcd::',
      lastAddress: '2001:db8:abcd:ffff:ffff:ffff:ffff:ffff',
      addresses: '1208925819614629174706176',
      addressesPower: '2^80',
      scope: 'documentation',
      reverseZone: 'd.c.b.a.8.b.d.0.1.0.0.2.ip6.arpa',
      reverseZoneExact: true,
    });
  });

  it('a /10 has no zone of its own: the one above it is given', () => {
    expect(subnet6Model('fe80::/10')).toMatchObject({ reverseZone: 'e.f.ip6.arpa', reverseZoneExact: false });
  });

  it.each([
    ['2001:db8::/129', 'subnet6-prefix-range'],
    ['2001:db8::/', 'subnet-prefix-missing'],
    ['2001:db8::/064', 'subnet-prefix-leading-zero'],
    ['2001:db8::', 'subnet-no-prefix'],
    ['2001:db8::1::/64', 'ip6-double-gap'],
  ])('%s is rejected with %s', (input, code) => {
    expect(codeOf(() => parseCidr6(input))).toBe(code);
  });

  it('network and last address match the BigInt oracle', () => {
    fc.assert(
      fc.property(anyIPv6, anyPrefix6, (value, prefix) => {
        const model = subnet6Model(`${formatIPv6(value)}/${prefix}`);
        expect(model.network).toBe(formatIPv6(oracle6.network(value, prefix)));
        expect(model.lastAddress).toBe(formatIPv6(oracle6.last(value, prefix)));
        expect(model.addresses).toBe((2n ** BigInt(128 - prefix)).toString());
      }),
      { numRuns: 500 },
    );
  });
});

describe('IPv6 split', () => {
  const firstLines = (plan: ReturnType<typeof parseSplit6>, n: number) => {
    const out: string[] = [];
    for (const chunk of split6CidrChunks(plan)) {
      out.push(...chunk.split('\n'));
      if (out.length >= n) break;
    }
    return out.slice(0, n);
  };

  it('2001:db8::/32 into /48 is 65,536 subnets, stepping the third group', () => {
    const plan = parseSplit6('/48', parseCidr6('2001:db8::/32'));
    expect(plan.count).toBe(65536n);
    expect(firstLines(plan, 3)).toEqual(['2001:db8::/48', '2001:db8:1::/48', '2001:db8:2::/48']);
    expect(split6RowAt(plan, 65535n).cidr).toBe('2001:db8:ffff::/48');
  });

  it('a /32 into /64 counts 4,294,967,296 and its first rows come at once', () => {
    const plan = parseSplit6('/64', parseCidr6('2001:db8::/32'));
    expect(plan.count).toBe(4294967296n);
    expect(firstLines(plan, 2)).toEqual(['2001:db8::/64', '2001:db8:0:1::/64']);
  });

  it('--split N rounds up to a power of two', () => {
    expect(parseSplit6('5', parseCidr6('2001:db8::/32'))).toMatchObject({ prefix: 35, count: 8n, requested: 5n });
    expect(codeOf(() => parseSplit6('/129', parseCidr6('::/0')))).toBe('subnet6-split-prefix-range');
    expect(codeOf(() => parseSplit6('3', parseCidr6('::1/128')))).toBe('subnet6-split-too-many');
  });

  it('the streamed rows carry across groups exactly as BigInt steps do', () => {
    fc.assert(
      fc.property(anyIPv6, fc.integer({ min: 1, max: 128 }), fc.integer({ min: 0, max: 6 }), (value, prefix, extra) => {
        const parent = Math.max(0, prefix - extra);
        const plan = parseSplit6(`/${prefix}`, parseCidr6(`${formatIPv6(value)}/${parent}`));
        const rows = [...split6Rows(plan)];
        expect(BigInt(rows.length)).toBe(plan.count);
        rows.forEach((row, i) => expect(row.cidr).toBe(split6RowAt(plan, BigInt(i)).cidr));
        expect(firstLines(plan, rows.length)).toEqual(rows.map((row) => row.cidr));
      }),
      { numRuns: 200 },
    );
  });
});

describe('range and aggregate', () => {
  const range = (a: string, b: string) => {
    const first = parseAnyNetwork(a);
    return [...summarizeRange(first.family, first.value, parseAnyNetwork(b).value)].map(formatBlock);
  };

  it('192.168.1.10 - 192.168.1.20 is four blocks', () => {
    expect(range('192.168.1.10', '192.168.1.20')).toEqual([
      '192.168.1.10/31',
      '192.168.1.12/30',
      '192.168.1.16/30',
      '192.168.1.20/32',
    ]);
  });

  it('a whole family is one block', () => {
    expect(range('0.0.0.0', '255.255.255.255')).toEqual(['0.0.0.0/0']);
    expect(range('::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).toEqual(['::/0']);
  });

  it('the blocks of a range are aligned, in order, and cover exactly the range', () => {
    fc.assert(
      fc.property(anyIPv6, anyIPv6, (x, y) => {
        const [first, last] = x < y ? [x, y] : [y, x];
        let at = first;
        for (const block of summarizeRange('IPv6', first, last)) {
          const size = 2n ** BigInt(128 - block.prefix);
          expect(block.value).toBe(at);
          expect(block.value % size).toBe(0n);
          at += size;
        }
        expect(at).toBe(last + 1n);
      }),
      { numRuns: 300 },
    );
  });

  it('aggregate merges halves and overlaps and says which inputs it took in', () => {
    const rows = aggregate(
      ['10.0.0.0/25', '10.0.0.128/25', '10.0.1.0/24', '10.0.0.5', '::1', '::/127'].map(parseAnyNetwork),
    );
    expect(rows.map((row) => [formatBlock(row.block), row.absorbed.map(formatBlock)])).toEqual([
      ['10.0.0.0/23', ['10.0.0.0/25', '10.0.0.5/32', '10.0.0.128/25', '10.0.1.0/24']],
      ['::/127', ['::1/128']],
    ]);
    expect(codeOf(() => aggregate([]))).toBe('aggregate-empty');
  });

  it('aggregate covers exactly the union of its inputs, with disjoint non-mergeable blocks', () => {
    const anyBlock = fc
      .tuple(fc.nat(255), fc.integer({ min: 24, max: 32 }))
      .map(([host, prefix]) => parseAnyNetwork(`10.0.0.${host}/${prefix}`));
    fc.assert(
      fc.property(fc.array(anyBlock, { minLength: 1, maxLength: 20 }), (inputs) => {
        const covered = (value: bigint, blocks: typeof inputs) =>
          blocks.some((b) => blockContains(b, { family: 'IPv4', value, prefix: 32 }));
        const out = aggregate(inputs).map((row) => row.block);
        for (let host = 0n; host < 256n; host++) {
          const value = 0x0a000000n + host;
          expect(covered(value, out)).toBe(covered(value, inputs));
        }
        for (let i = 1; i < out.length; i++) expect(out[i]!.value > out[i - 1]!.value).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
