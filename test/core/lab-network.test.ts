import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockContains, formatBlock, parseAnyNetwork } from '../../src/core/ip-range.js';
import {
  labRandom,
  parseLabPrefix,
  randomPrivateNetwork,
  randomUniqueLocalNetwork,
} from '../../src/core/lab-network.js';
import { codeOf } from './input-error-of.js';

const private1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(parseAnyNetwork);
const ula = parseAnyNetwork('fd00::/8');

describe('lab networks', () => {
  it('the same seed and student give the same network; another student another one', () => {
    const ana = formatBlock(randomPrivateNetwork(24, labRandom('lab3', 'ana')));
    expect(formatBlock(randomPrivateNetwork(24, labRandom('lab3', 'ana')))).toBe(ana);
    const others = ['beto', 'carla', 'dani'].map((name) =>
      formatBlock(randomPrivateNetwork(24, labRandom('lab3', name))),
    );
    expect(others.some((cidr) => cidr !== ana)).toBe(true);
  });

  it('a private network lies inside RFC 1918 with the size asked', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 8, max: 30 }), (seed, prefix) => {
        const block = randomPrivateNetwork(prefix, labRandom(seed));
        expect(block.prefix).toBe(prefix);
        expect(private1918.some((range) => blockContains(range, block))).toBe(true);
      }),
    );
  });

  it('every RFC 1918 range is drawn from, 172.16/12 and 192.168/16 included', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const block = randomPrivateNetwork(16, labRandom(String(i)));
      seen.add(formatBlock(private1918.find((range) => blockContains(range, block))!));
    }
    expect([...seen].sort()).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']);
  });

  it('a unique local prefix starts with fd and has the size asked', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 48, max: 64 }), (seed, prefix) => {
        const block = randomUniqueLocalNetwork(prefix, labRandom(seed, 'x'));
        expect(block.prefix).toBe(prefix);
        expect(blockContains(ula, block)).toBe(true);
        expect(block.value % (1n << BigInt(128 - prefix))).toBe(0n);
      }),
    );
  });

  it('a size outside what a lab can use is refused with the range allowed', () => {
    expect(parseLabPrefix('/24', 8, 30)).toBe(24);
    expect(parseLabPrefix('48', 48, 64)).toBe(48);
    for (const text of ['/7', '/31', 'x', ''])
      expect(codeOf(() => parseLabPrefix(text, 8, 30))).toBe('lab-prefix-range');
  });
});
