import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/input-error.js';
import { formatCidr, parseCidr } from '../../src/core/subnet.js';
import { allocateVlsm, classicHostCount, parseHostList, prefixForHosts, rangeToBlocks } from '../../src/core/vlsm.js';
import { codeOf } from './input-error-of.js';
import { anyAddress, oracle } from './ipv4-oracle.js';

describe('VLSM', () => {
  it('50 hosts need a /26, 100 a /25, 20 a /27', () => {
    expect(prefixForHosts(50)).toBe(26);
    expect(prefixForHosts(100)).toBe(25);
    expect(prefixForHosts(20)).toBe(27);
    expect(prefixForHosts(62)).toBe(26);
    expect(prefixForHosts(63)).toBe(25);
    expect(prefixForHosts(1)).toBe(30);
    expect(prefixForHosts(2)).toBe(30);
    expect(prefixForHosts(3)).toBe(29);
    expect(prefixForHosts(4294967294)).toBe(0);
    expect(prefixForHosts(4294967295)).toBeUndefined();
  });

  it('--hosts 1,1 gets two /30s, not /32s: the classic rule, no /31 or /32 for a LAN', () => {
    const plan = allocateVlsm(parseCidr('192.168.0.0/24'), [1, 1]);
    expect(plan.allocations.map((a) => formatCidr(a.network, a.prefix))).toEqual(['192.168.0.0/30', '192.168.0.4/30']);
  });

  it('names a huge host count as typed, not as 1e+22', () => {
    try {
      allocateVlsm(parseCidr('192.168.0.0/24'), [Number('9999999999999999999999')], ['9999999999999999999999']);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).details).toMatchObject({ part: '9999999999999999999999', max: 254 });
    }
  });

  it('allocates 100,50,20 in 192.168.0.0/24, largest first, and lists the rest', () => {
    const plan = allocateVlsm(parseCidr('192.168.0.0/24'), [20, 100, 50]);
    expect(plan.allocations.map((a) => [a.wanted, formatCidr(a.network, a.prefix)])).toEqual([
      [100, '192.168.0.0/25'],
      [50, '192.168.0.128/26'],
      [20, '192.168.0.192/27'],
    ]);
    expect(plan.unused.map((b) => formatCidr(b.network, b.prefix))).toEqual(['192.168.0.224/27']);
  });

  it('says when the requests do not fit', () => {
    expect(codeOf(() => allocateVlsm(parseCidr('192.168.0.0/24'), [200, 100]))).toBe('subnet-hosts-no-room');
    expect(codeOf(() => allocateVlsm(parseCidr('192.168.0.0/24'), [300]))).toBe('subnet-hosts-too-big');
  });

  it.each([
    ['', 'subnet-hosts-empty'],
    ['100,,20', 'subnet-hosts-entry'],
    ['100,0', 'subnet-hosts-entry'],
    ['100,-5', 'subnet-hosts-entry'],
    ['10 20', 'subnet-hosts-entry'],
    ['1e3', 'subnet-hosts-entry'],
  ])('--hosts %j is rejected with %s', (text, code) => {
    expect(codeOf(() => parseHostList(text))).toBe(code);
  });

  it('rangeToBlocks covers a range with the fewest aligned blocks', () => {
    expect(rangeToBlocks(1, 6).map((b) => formatCidr(b.network, b.prefix))).toEqual([
      '0.0.0.1/32',
      '0.0.0.2/31',
      '0.0.0.4/31',
      '0.0.0.6/32',
    ]);
    expect(rangeToBlocks(0, 0xffffffff)).toEqual([{ network: 0, prefix: 0 }]);
  });

  it('never overlaps, fits every request, and covers the network with what is left (BigInt oracle)', () => {
    fc.assert(
      fc.property(
        anyAddress,
        fc.integer({ min: 16, max: 30 }),
        fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 8 }),
        (n, prefix, wanted) => {
          const net = { network: Number(oracle.network(BigInt(n), prefix)), prefix };
          let plan;
          try {
            plan = allocateVlsm(net, wanted);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            return;
          }
          const blocks = [...plan.allocations, ...plan.unused]
            .map((b) => ({ start: BigInt(b.network), size: oracle.size(b.prefix), prefix: b.prefix }))
            .sort((a, b) => (a.start < b.start ? -1 : 1));
          let cursor = BigInt(net.network);
          for (const block of blocks) {
            expect(block.start).toBe(cursor);
            expect(block.start % block.size).toBe(0n);
            cursor += block.size;
          }
          expect(cursor).toBe(BigInt(net.network) + oracle.size(prefix));
          for (const allocation of plan.allocations) {
            // Classic rule: 2^(32 - p) - 2 usable, and the next longer prefix (up to /30) would not do.
            expect(allocation.prefix).toBeLessThanOrEqual(30);
            expect(Number(oracle.size(allocation.prefix)) - 2).toBeGreaterThanOrEqual(allocation.wanted);
            expect(classicHostCount(allocation.prefix)).toBeGreaterThanOrEqual(allocation.wanted);
            if (allocation.prefix < 30)
              expect(Number(oracle.size(allocation.prefix + 1)) - 2).toBeLessThan(allocation.wanted);
          }
          expect([...plan.allocations.map((a) => a.wanted)].sort((a, b) => b - a)).toEqual(
            [...wanted].sort((a, b) => b - a),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseHostList on arbitrary text', () => {
  it('throws nothing but InputError, and returns positive whole numbers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9, -]{0,16}$/)), (text) => {
        try {
          for (const hosts of parseHostList(text)) expect(Number.isInteger(hosts) && hosts > 0).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
