import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkWalk, parseStep, rangeWalk, walkAddresses, walkCount } from '../../src/core/address-walk.js';
import { formatAddress } from '../../src/core/ip-range.js';
import { codeOf } from './input-error-of.js';

const listed = (walk: ReturnType<typeof networkWalk>) =>
  [...walkAddresses(walk)].map((value) => formatAddress(walk.family, value));

describe('hosts', () => {
  it('a /29 lists its six hosts, without network and broadcast', () => {
    expect(listed(networkWalk('192.168.1.0/29', false, 1n))).toEqual([
      '192.168.1.1',
      '192.168.1.2',
      '192.168.1.3',
      '192.168.1.4',
      '192.168.1.5',
      '192.168.1.6',
    ]);
  });

  it('--all adds the network and broadcast addresses', () => {
    expect(listed(networkWalk('192.168.1.0/30', true, 1n))).toEqual([
      '192.168.1.0',
      '192.168.1.1',
      '192.168.1.2',
      '192.168.1.3',
    ]);
  });

  it('a /31 and a /32 keep every address; IPv6 leaves out only the network address', () => {
    expect(listed(networkWalk('10.0.0.0/31', false, 1n))).toEqual(['10.0.0.0', '10.0.0.1']);
    expect(listed(networkWalk('10.0.0.7/32', false, 1n))).toEqual(['10.0.0.7']);
    expect(listed(networkWalk('2001:db8::/126', false, 1n))).toEqual(['2001:db8::1', '2001:db8::2', '2001:db8::3']);
    expect(listed(networkWalk('2001:db8::/127', false, 1n))).toEqual(['2001:db8::', '2001:db8::1']);
  });

  it('a range with a step lists every Nth address from the first', () => {
    expect(listed(rangeWalk('10.0.0.1', '10.0.0.20', 5n))).toEqual(['10.0.0.1', '10.0.0.6', '10.0.0.11', '10.0.0.16']);
  });

  it('a reversed range and a bad step are refused', () => {
    expect(codeOf(() => rangeWalk('10.0.0.9', '10.0.0.1', 1n))).toBe('range-reversed');
    for (const text of ['0', '-2', 'two', '1.5']) expect(codeOf(() => parseStep(text))).toBe('hosts-step-invalid');
    expect(parseStep(undefined)).toBe(1n);
  });

  it('a walk yields walkCount addresses, in order, none past the last', () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), fc.nat(5000), fc.integer({ min: 1, max: 300 }), (first, span, step) => {
        const last = Math.min(first + span, 0xffffffff);
        const walk = { family: 'IPv4' as const, first: BigInt(first), last: BigInt(last), step: BigInt(step) };
        const values = [...walkAddresses(walk)];
        expect(BigInt(values.length)).toBe(walkCount(walk));
        expect(values[0]).toBe(BigInt(first));
        expect(values.at(-1)! <= BigInt(last) && values.at(-1)! + BigInt(step) > BigInt(last)).toBe(true);
      }),
    );
  });

  it('a /0 starts streaming at once: nothing is listed ahead', () => {
    const first = walkAddresses(networkWalk('::/0', false, 1n)).next().value;
    expect(first).toBe(1n);
  });
});
