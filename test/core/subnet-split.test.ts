import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/input-error.js';
import { parseIPv4 } from '../../src/core/ipv4.js';
import { parseSplit, splitCidrChunks, splitRowAt, type SplitPlan } from '../../src/core/subnet-split.js';
import { parseCidr } from '../../src/core/subnet.js';
import { codeOf } from './input-error-of.js';
import { anyAddress, anyPrefix, oracle } from './ipv4-oracle.js';

const lines = (plan: SplitPlan) => [...splitCidrChunks(plan)].join('\n').split('\n');

describe('parseSplit', () => {
  const net = parseCidr('192.168.1.0/24');

  it('/26 lists 4 subnets', () => {
    expect(parseSplit('/26', net)).toMatchObject({ prefix: 26, count: 4 });
  });

  it('a count makes the smallest equal split that reaches it', () => {
    expect(parseSplit('4', net)).toMatchObject({ prefix: 26, count: 4, requested: 4 });
    expect(parseSplit('5', net)).toMatchObject({ prefix: 27, count: 8, requested: 5 });
    expect(parseSplit('1', net)).toMatchObject({ prefix: 24, count: 1 });
    expect(parseSplit('256', net)).toMatchObject({ prefix: 32, count: 256 });
  });

  it.each([
    ['0', 'subnet-split-zero'],
    ['-3', 'subnet-split-zero'],
    ['/23', 'subnet-split-prefix-short'],
    ['/33', 'subnet-split-prefix-range'],
    ['257', 'subnet-split-too-many'],
    ['abc', 'subnet-split-not-number'],
    ['/2x', 'subnet-split-not-number'],
    ['', 'subnet-split-missing'],
  ])('--split %j is rejected with %s', (text, code) => {
    expect(codeOf(() => parseSplit(text, net))).toBe(code);
  });
});

describe('split rows', () => {
  it('192.168.1.0/24 into /26 is four CIDRs in order', () => {
    expect(lines(parseSplit('/26', parseCidr('192.168.1.0/24')))).toEqual([
      '192.168.1.0/26',
      '192.168.1.64/26',
      '192.168.1.128/26',
      '192.168.1.192/26',
    ]);
  });

  it('row i of a million-row split is computed from i alone', () => {
    const plan = parseSplit('/28', parseCidr('10.0.0.0/8'));
    expect(plan.count).toBe(1_048_576);
    expect(splitRowAt(plan, 1_048_575)).toEqual({
      cidr: '10.255.255.240/28',
      network: '10.255.255.240',
      broadcast: '10.255.255.255',
      firstHost: '10.255.255.241',
      lastHost: '10.255.255.254',
      hosts: 14,
    });
  });

  it('the last /32 of 255.255.255.255/24 does not wrap around', () => {
    const plan = parseSplit('/32', parseCidr('255.255.255.0/24'));
    expect(splitRowAt(plan, 255).cidr).toBe('255.255.255.255/32');
  });

  it('covers its network exactly, in order, without overlap (BigInt oracle)', () => {
    fc.assert(
      fc.property(anyAddress, anyPrefix, fc.integer({ min: 0, max: 10 }), (n, parent, extra) => {
        const prefix = Math.min(32, parent + extra);
        const plan = parseSplit(`/${prefix}`, { network: Number(oracle.network(BigInt(n), parent)), prefix: parent });
        const listed = lines(plan);
        expect(listed.length).toBe(2 ** (prefix - parent));
        let expected = oracle.network(BigInt(n), parent);
        for (const cidr of listed) {
          const [address, length] = cidr.split('/');
          expect(Number(length)).toBe(prefix);
          expect(BigInt(parseIPv4(address!))).toBe(expected);
          expected += oracle.size(prefix);
        }
        expect(expected).toBe(oracle.network(BigInt(n), parent) + oracle.size(parent));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseSplit on arbitrary text', () => {
  it('throws nothing but InputError', () => {
    const net = parseCidr('10.0.0.0/8');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\/?-?[0-9]{0,12}$/)), (text) => {
        try {
          const plan = parseSplit(text, net);
          expect(plan.prefix).toBeGreaterThanOrEqual(8);
          expect(plan.prefix).toBeLessThanOrEqual(32);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
