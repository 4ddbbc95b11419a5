import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/input-error.js';
import {
  formatIPv4,
  ipModel,
  ipv4Binary,
  ipv4Scope,
  maskToPrefix,
  parseIPv4,
  prefixToMask,
} from '../../src/core/ipv4.js';
import { inputErrorOf } from './input-error-of.js';
import { anyAddress, oracle } from './ipv4-oracle.js';

const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));

describe('parseIPv4', () => {
  it('reads dotted decimal as an unsigned 32-bit number', () => {
    expect(parseIPv4('192.168.1.10')).toBe(3232235786);
    expect(parseIPv4('255.255.255.255')).toBe(4294967295);
    expect(parseIPv4('0.0.0.0')).toBe(0);
  });

  it('reads 32 bits and dotted bits back into the same address', () => {
    expect(parseIPv4('11000000101010000000000100001010')).toBe(3232235786);
    expect(parseIPv4('11000000.10101000.00000001.00001010')).toBe(3232235786);
  });

  it('trims surrounding spaces and nothing else', () => {
    expect(parseIPv4('  10.0.0.1 \t')).toBe(167772161);
    expect(inputErrorOf(() => parseIPv4('10.0. 0.1')).code).toBe('ip-octet-char');
  });

  it.each([
    ['', 'ip-empty', {}],
    ['   ', 'ip-empty', {}],
    ['1.2.3', 'ip-parts', { count: 3 }],
    ['1.2.3.4.5', 'ip-parts', { count: 5 }],
    ['256.1.1.1', 'ip-octet-range', { part: '256', index: 0 }],
    ['1.2.3.1000', 'ip-octet-range', { part: '1000', index: 3 }],
    ['010.1.1.1', 'ip-octet-leading-zero', { part: '010', index: 0, octal: 8, decimal: 10 }],
    ['1.09.1.1', 'ip-octet-leading-zero', { part: '09', index: 1, octal: undefined, decimal: 9 }],
    ['1.a.3.4', 'ip-octet-char', { part: 'a', index: 1, char: 'a', position: 2 }],
    ['1..3.4', 'ip-octet-empty', { index: 1 }],
    ['1.2.3.4abc', 'ip-trailing', { part: 'abc', index: 7 }],
    ['1.2.3.4/24', 'ip-trailing', { part: '/24', index: 7 }],
    ['١٩٢.168.1.1', 'ip-octet-non-ascii-digit', { part: '١٩٢', index: 0, char: '١' }],
    ['1.2.3.４', 'ip-octet-non-ascii-digit', { part: '４', index: 3, char: '４' }],
    ['1100000010101000000000010000101', 'ip-bits-length', { count: 31 }],
    ['11000000.10101000.0000001.00001010', 'ip-bits-group-length', { part: '0000001', index: 2, count: 7 }],
  ])('rejects %j with %s', (input, code, details) => {
    const error = inputErrorOf(() => parseIPv4(input));
    expect(error.code).toBe(code);
    expect(error.details).toMatchObject(details);
  });

  it('accepts any four octets and agrees with the BigInt oracle', () => {
    fc.assert(
      fc.property(octets, (parts) => {
        expect(BigInt(parseIPv4(parts.join('.')))).toBe(oracle.fromOctets(parts));
      }),
    );
  });

  it('throws nothing but InputError on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[0-9.\s/a-f-]{0,20}$/)),
        (text) => {
          try {
            const value = parseIPv4(text);
            expect(Number.isInteger(value) && value >= 0 && value <= 0xffffffff).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatting and binary', () => {
  it('dotted decimal and dotted bits round-trip through the parser', () => {
    fc.assert(
      fc.property(anyAddress, (n) => {
        const big = BigInt(n);
        expect(formatIPv4(n)).toBe(oracle.toDotted(big));
        expect(ipv4Binary(n).replaceAll('.', '')).toBe(oracle.bits(big));
        expect(parseIPv4(formatIPv4(n))).toBe(n);
        expect(parseIPv4(ipv4Binary(n))).toBe(n);
        expect(parseIPv4(ipv4Binary(n).replaceAll('.', ''))).toBe(n);
      }),
    );
  });
});

describe('masks', () => {
  it('prefixToMask gives /0 as 0 and /32 as all ones, never a signed number', () => {
    expect(prefixToMask(0)).toBe(0);
    expect(prefixToMask(1)).toBe(0x80000000);
    expect(prefixToMask(24)).toBe(0xffffff00);
    expect(prefixToMask(32)).toBe(0xffffffff);
  });

  it('maskToPrefix inverts prefixToMask for every prefix', () => {
    for (let prefix = 0; prefix <= 32; prefix++) expect(maskToPrefix(prefixToMask(prefix))).toBe(prefix);
  });

  it('maskToPrefix refuses a non-contiguous mask such as 255.0.255.0', () => {
    expect(maskToPrefix(parseIPv4('255.0.255.0'))).toBeUndefined();
    expect(maskToPrefix(parseIPv4('0.255.255.255'))).toBeUndefined();
  });
});

describe('scope', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.10', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.128.0.1', 'public'],
    ['169.254.10.20', 'link-local'],
    ['192.0.2.5', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['224.0.0.251', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['0.1.2.3', 'reserved'],
    ['8.8.8.8', 'public'],
  ])('%s is %s', (address, scope) => {
    expect(ipv4Scope(parseIPv4(address))).toBe(scope);
  });
});

describe('ipModel', () => {
  it('gives every view of 192.168.1.10, as the JSON contract says', () => {
    expect(ipModel('192.168.1.10')).toEqual({
      input: '192.168.1.10',
      family: 'IPv4',
      address: '192.168.1.10',
      octets: [192, 168, 1, 10],
      octetsBinary: ['11000000', '10101000', '00000001', '00001010'],
      binary: '11000000.10101000.00000001.00001010',
      integer: 3232235786,
      hex: '0xC0A8010A',
      scope: 'private',
      reversePointer: '10.1.168.192.in-addr.arpa',
      class: 'C',
    });
  });

  it('gives the historic class by the first octet', () => {
    expect(['0.0.0.1', '128.0.0.1', '192.0.0.1', '224.0.0.1', '240.0.0.1'].map((a) => ipModel(a).class)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
  });

  it('converts dotted bits back to dotted decimal', () => {
    expect(ipModel('00001010.00000000.00000000.00000001').address).toBe('10.0.0.1');
  });
});
