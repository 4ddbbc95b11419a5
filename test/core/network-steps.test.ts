import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  blockContains,
  familyBits,
  formatBlock,
  parseAnyNetwork,
  type Block,
} from '../../src/core/ip-range.js';
import { parseNextCount, parseSupernetPrefix, supernetOf } from '../../src/core/network-steps.js';
import { blockRecord, blocksAfter, excludeBlock, nextBlocks } from '../../src/core/network-steps.js';
import { codeOf, inputErrorOf } from './input-error-of.js';

const net = parseAnyNetwork;
const size = (block: Block) => 1n << BigInt(familyBits(block.family) - block.prefix);

/** A block of either family, host bits cleared. */
const anyBlock = fc
  .oneof(
    fc.tuple(
      fc.constant('IPv4' as const),
      fc.bigInt({ min: 0n, max: (1n << 32n) - 1n }),
      fc.integer({ min: 0, max: 32 }),
    ),
    fc.tuple(
      fc.constant('IPv6' as const),
      fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
      fc.integer({ min: 0, max: 128 }),
    ),
  )
  .map(([family, value, prefix]): Block => {
    const hostBits = BigInt(familyBits(family) - prefix);
    return { family, value: (value >> hostBits) << hostBits, prefix };
  });

describe('supernet', () => {
  it('192.168.1.10/24 to /22 is 192.168.0.0/22, dropping the bits 01', () => {
    const { block, droppedBits } = supernetOf(net('192.168.1.10/24'), 22);
    expect([formatBlock(block), droppedBits]).toEqual(['192.168.0.0/22', '01']);
  });

  it('--supernet alone is one bit shorter, and /0 has nothing shorter', () => {
    expect(parseSupernetPrefix(undefined, net('10.0.0.0/8'))).toBe(7);
    expect(codeOf(() => parseSupernetPrefix(undefined, net('0.0.0.0/0')))).toBe('supernet-prefix-range');
  });

  it('a supernet prefix longer than the network is refused, naming the network prefix', () => {
    const error = inputErrorOf(() => parseSupernetPrefix('/26', net('10.0.0.0/24')));
    expect([error.code, error.details.part, error.details.prefix]).toEqual(['supernet-prefix-range', '/26', 24]);
    expect(codeOf(() => parseSupernetPrefix('/x', net('10.0.0.0/24')))).toBe('supernet-prefix-not-number');
  });

  it('the supernet holds the network, its dropped bits are the network bits it no longer counts', () => {
    fc.assert(
      fc.property(anyBlock, fc.nat(), (block, n) => {
        const prefix = n % (block.prefix + 1);
        const { block: supernet, droppedBits } = supernetOf(block, prefix);
        expect(supernet.prefix).toBe(prefix);
        expect(blockContains(supernet, block)).toBe(true);
        expect(droppedBits.length).toBe(block.prefix - prefix);
        expect(supernet.value + BigInt(droppedBits ? `0b${droppedBits}` : 0) * size(block)).toBe(block.value);
      }),
    );
  });
});

describe('exclude', () => {
  it('192.168.0.0/24 without 192.168.0.64/26 is a /25 and a /26, largest first', () => {
    const blocks = [...excludeBlock(net('192.168.0.0/24'), net('192.168.0.64/26'))].map(formatBlock);
    expect(blocks).toEqual(['192.168.0.128/25', '192.168.0.0/26']);
  });

  it('taking out the whole network leaves nothing; a block outside it is refused', () => {
    expect([...excludeBlock(net('10.0.0.0/8'), net('10.0.0.0/8'))]).toEqual([]);
    const error = inputErrorOf(() => [...excludeBlock(net('10.0.0.0/8'), net('11.0.0.0/24'))]);
    expect([error.code, error.details.part, error.details.cidr]).toEqual([
      'exclude-outside',
      '11.0.0.0/24',
      '10.0.0.0/8',
    ]);
    expect(codeOf(() => [...excludeBlock(net('10.0.0.0/8'), net('::1'))])).toBe('ip-family-mix');
  });

  it('what is left and the block taken out cover the network exactly, without overlap', () => {
    fc.assert(
      fc.property(anyBlock, fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), fc.nat(), (outer, offset, n) => {
        const bits = familyBits(outer.family);
        const prefix = outer.prefix + (n % Math.min(bits - outer.prefix + 1, 24));
        const hostBits = BigInt(bits - prefix);
        const value = outer.value + (((offset % size(outer)) >> hostBits) << hostBits);
        const inner: Block = { family: outer.family, value, prefix };
        const left = [...excludeBlock(outer, inner)];
        expect(left.length).toBe(prefix - outer.prefix);
        const total = left.reduce((sum, block) => sum + size(block), size(inner));
        expect(total).toBe(size(outer));
        expect(left.every((block) => blockContains(outer, block) && !blockContains(block, inner))).toBe(true);
        if (left.length > 0) expect(formatBlock(aggregate([...left, inner])[0]!.block)).toBe(formatBlock(outer));
      }),
    );
  });
});

describe('next', () => {
  it('the 3 /24 blocks after 10.0.0.0/24 are 10.0.1.0 to 10.0.3.0', () => {
    expect([...nextBlocks(net('10.0.0.0/24'), 3n)].map(formatBlock)).toEqual([
      '10.0.1.0/24',
      '10.0.2.0/24',
      '10.0.3.0/24',
    ]);
  });

  it('the list stops where the address space ends', () => {
    expect(blocksAfter(net('255.255.254.0/24'))).toBe(1n);
    expect([...nextBlocks(net('255.255.254.0/24'), 5n)].map(formatBlock)).toEqual(['255.255.255.0/24']);
    expect(blocksAfter(net('ffff::/16'))).toBe(0n);
  });

  it('a count must be a whole number from 1', () => {
    expect(parseNextCount(' 12 ')).toBe(12n);
    for (const text of ['0', '-1', '1.5', '', 'x', '01'])
      expect(codeOf(() => parseNextCount(text))).toBe('next-count-invalid');
  });

  it('each next block starts right after the one before it, with the same size', () => {
    fc.assert(
      fc.property(anyBlock, fc.integer({ min: 1, max: 20 }), (block, count) => {
        let end = block.value + size(block);
        for (const next of nextBlocks(block, BigInt(count))) {
          expect([next.value, next.prefix]).toEqual([end, block.prefix]);
          end += size(next);
        }
      }),
    );
  });
});

describe('block record', () => {
  it('counts IPv4 as a number and IPv6 as a string', () => {
    expect(blockRecord(net('10.0.0.0/30'))).toEqual({
      cidr: '10.0.0.0/30',
      family: 'IPv4',
      first: '10.0.0.0',
      last: '10.0.0.3',
      addresses: 4,
    });
    expect(blockRecord(net('2001:db8::/64')).addresses).toBe('18446744073709551616');
  });
});
