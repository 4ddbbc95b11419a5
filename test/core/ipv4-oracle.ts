import fc from 'fast-check';

/**
 * An independent oracle for IPv4 arithmetic, written with BigInt and strings so it shares no code
 * and no 32-bit pitfalls with src/core.
 */
export const oracle = {
  fromOctets: (octets: readonly number[]): bigint => octets.reduce((acc, octet) => acc * 256n + BigInt(octet), 0n),
  toDotted: (value: bigint): string => [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) % 256n)).join('.'),
  bits: (value: bigint): string => value.toString(2).padStart(32, '0'),
  size: (prefix: number): bigint => 2n ** BigInt(32 - prefix),
  network: (value: bigint, prefix: number): bigint => value - (value % 2n ** BigInt(32 - prefix)),
  hosts: (prefix: number): bigint => (prefix === 32 ? 1n : prefix === 31 ? 2n : 2n ** BigInt(32 - prefix) - 2n),
};

/** Any IPv4 address as its 32-bit number. */
export const anyAddress = fc.nat(0xffffffff);

/** Any prefix length, /0 to /32. */
export const anyPrefix = fc.integer({ min: 0, max: 32 });
