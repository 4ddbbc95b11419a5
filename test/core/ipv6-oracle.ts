import fc from 'fast-check';

/**
 * An independent oracle for IPv6: strings and BigInt only, sharing no code with src/core. The
 * canonical form is found by trying every run length from longest to shortest on the text.
 */
export const oracle6 = {
  groups: (value: bigint): string[] => {
    const hex = value.toString(16).padStart(32, '0');
    return Array.from({ length: 8 }, (_, i) => hex.slice(i * 4, i * 4 + 4));
  },
  expanded: (value: bigint): string => oracle6.groups(value).join(':'),
  canonical: (value: bigint): string => {
    const groups = oracle6.groups(value).map((g) => g.replace(/^0+(?=.)/, ''));
    if (groups.slice(0, 6).join(':') === '0:0:0:0:0:ffff') {
      const low = Number(value & 0xffffffffn);
      return `::ffff:${[24, 16, 8, 0].map((s) => (low >>> s) & 255).join('.')}`;
    }
    for (let length = 8; length >= 2; length--) {
      for (let start = 0; start + length <= 8; start++) {
        if (groups.slice(start, start + length).every((g) => g === '0')) {
          return `${groups.slice(0, start).join(':')}::${groups.slice(start + length).join(':')}`;
        }
      }
    }
    return groups.join(':');
  },
  reverse: (value: bigint): string => `${[...value.toString(16).padStart(32, '0')].reverse().join('.')}.ip6.arpa`,
  network: (value: bigint, prefix: number): bigint => value - (value % 2n ** BigInt(128 - prefix)),
  last: (value: bigint, prefix: number): bigint =>
    value - (value % 2n ** BigInt(128 - prefix)) + 2n ** BigInt(128 - prefix) - 1n,
};

/** Eight groups, zero half the time, so runs of zeros (and ties between runs) are common. */
export const anyHextets = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), {
  minLength: 8,
  maxLength: 8,
});

export const toBigInt = (hextets: readonly number[]): bigint =>
  hextets.reduce((acc, h) => acc * 65536n + BigInt(h), 0n);

export const anyIPv6 = anyHextets.map(toBigInt);

export const anyPrefix6 = fc.integer({ min: 0, max: 128 });
