import { Address6 } from 'ip-address';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressionSteps, expandIPv6, formatIPv6, ipv6ReversePointer, parseIPv6 } from '../../src/core/ipv6.js';
import { addressModel } from '../../src/core/ipv6-model.js';
import { inputErrorOf } from './input-error-of.js';
import { anyHextets, anyIPv6, oracle6, toBigInt } from './ipv6-oracle.js';

const canon = (text: string) => formatIPv6(parseIPv6(text).value);

describe('parseIPv6 and the canonical form (RFC 5952)', () => {
  it.each([
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::', '::'],
    ['::1', '::1'],
    ['1::', '1::'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::ffff:192.168.1.10', '::ffff:192.168.1.10'],
    ['::FFFF:c0a8:010a', '::ffff:192.168.1.10'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304'],
    ['  2001:db8::a  ', '2001:db8::a'],
  ])('%s reads as %s', (input, expected) => {
    expect(canon(input)).toBe(expected);
  });

  it('keeps the zone apart from the address', () => {
    expect(parseIPv6('fe80::1%eth0')).toEqual({ value: 0xfe800000000000000000000000000001n, zone: 'eth0' });
  });

  it('expands to 8 groups of 4 hex digits', () => {
    expect(expandIPv6(parseIPv6('2001:db8::1').value)).toBe('2001:0db8:0000:0000:0000:0000:0000:0001');
  });

  it('names the reverse pointer nibble by nibble', () => {
    expect(ipv6ReversePointer(parseIPv6('2001:db8::1').value)).toBe(
      '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    );
  });
});

describe('bad IPv6 input names the wrong part and where it is', () => {
  it.each([
    ['1::2::3', 'ip6-double-gap', { position: 1, index: 4 }],
    ['2001:db8::12345', 'ip6-group-long', { part: '12345', index: 2, position: 10, count: 5 }],
    ['1:2:3:4:5:6:7:8:9', 'ip6-group-count', { count: 9 }],
    ['1:2:3:4:5:6:7', 'ip6-group-count', { count: 7 }],
    ['1:2:3:4::5:6:7:8', 'ip6-group-count-gap', { count: 8 }],
    ['1.2.3.4::', 'ip6-ipv4-misplaced', { part: '1.2.3.4', position: 0 }],
    ['::1.2.3.4:5', 'ip6-ipv4-misplaced', { part: '1.2.3.4', position: 2 }],
    ['2001:db8::g1', 'ip6-group-char', { part: 'g1', char: 'g', position: 10 }],
    [':1::2', 'ip6-group-empty', { index: 0, position: 0 }],
    ['1:::2', 'ip6-colons', { position: 1 }],
    ['fe80::1%', 'ip6-zone-empty', { position: 7 }],
    ['::ffff:1.2.3.256', 'ip-octet-range', { part: '256', index: 3 }],
  ])('%s: %s', (input, code, details) => {
    const error = inputErrorOf(() => parseIPv6(input));
    expect(error.code).toBe(code);
    expect(error.details).toMatchObject(details);
  });
});

describe('IPv6 properties', () => {
  it('the canonical form matches the string oracle and parses back to the same 128 bits', () => {
    fc.assert(
      fc.property(anyIPv6, (value) => {
        const text = formatIPv6(value);
        expect(text).toBe(oracle6.canonical(value));
        expect(parseIPv6(text).value).toBe(value);
        expect(expandIPv6(value)).toBe(oracle6.expanded(value));
        expect(ipv6ReversePointer(value)).toBe(oracle6.reverse(value));
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with ip-address on the canonical form, the full form and the integer', () => {
    fc.assert(
      fc.property(anyHextets, (hextets) => {
        const value = toBigInt(hextets);
        const theirs = new Address6(oracle6.expanded(value));
        const mapped = hextets.slice(0, 6).join(':') === '0:0:0:0:0:65535';
        // ip-address writes a mapped address in hex groups; RFC 5952 section 5 (and we) dotted.
        if (!mapped) expect(formatIPv6(value)).toBe(theirs.correctForm());
        expect(expandIPv6(value)).toBe(theirs.canonicalForm());
        expect(theirs.bigInt()).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('every way of writing an address (case, leading zeros, any zero run as ::) reads the same', () => {
    fc.assert(
      fc.property(anyHextets, fc.boolean(), fc.nat(7), (hextets, upper, pick) => {
        const value = toBigInt(hextets);
        let groups = hextets.map((h, i) => (i % 2 === 0 ? h.toString(16).padStart(4, '0') : h.toString(16)));
        const zeros = hextets.flatMap((h, i) => (h === 0 ? [i] : []));
        if (zeros.length > 0) {
          // Compress one run of zeros starting at a zero group, not necessarily the longest.
          const start = zeros[pick % zeros.length]!;
          let end = start;
          while (end + 1 < 8 && hextets[end + 1] === 0) end++;
          groups = [...groups.slice(0, start), '', ...groups.slice(end + 1)];
        }
        let text = groups.join(':');
        if (text === '') text = '::';
        else if (text.startsWith(':')) text = `:${text}`;
        else if (text.endsWith(':')) text = `${text}:`;
        if (upper) text = text.toUpperCase();
        expect(parseIPv6(text).value).toBe(value);
        expect(new Address6(text).bigInt()).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('compression steps', () => {
  it('drops leading zeros, then the longest run, the first of two equal ones', () => {
    const steps = compressionSteps(parseIPv6('2001:db8:0:0:1:0:0:1').value);
    expect(steps).toMatchObject({ trimmed: '2001:db8:0:0:1:0:0:1', run: { start: 2, length: 2 }, tiedRuns: 2 });
    expect(steps.canonical).toBe('2001:db8::1:0:0:1');
  });

  it('a lone zero group stays 0', () => {
    expect(compressionSteps(parseIPv6('2001:db8:0:1:1:1:1:1').value)).toMatchObject({ loneZero: true });
  });
});

describe('addressModel', () => {
  it('gives the JSON shape of the issue for an IPv6 address', () => {
    expect(addressModel('fe80::1%eth0')).toMatchObject({
      input: 'fe80::1%eth0',
      family: 'IPv6',
      address: 'fe80::1',
      integer: '338288524927261089654018896841347694593',
      scope: 'link-local',
      zone: 'eth0',
      mappedIPv4: null,
    });
    expect(addressModel('::ffff:10.0.0.1')).toMatchObject({ scope: 'ipv4-mapped', mappedIPv4: '10.0.0.1' });
  });

  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fd12:3456::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['2606:4700::1111', 'global-unicast'],
    ['::ffff:1.2.3.4', 'ipv4-mapped'],
    ['2002:c000:204::1', '6to4'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
    ['64:ff9b::8.8.8.8', 'nat64'],
    ['fec0::1', 'site-local'],
    ['100::1', 'reserved'],
  ])('%s is %s', (input, kind) => {
    expect(addressModel(input).scope).toBe(kind);
  });

  it('multicast carries its scope; 6to4 and Teredo the IPv4 inside', () => {
    expect(addressModel('ff05::2')).toMatchObject({ multicastScope: 'site-local' });
    expect(addressModel('2002:c000:204::1')).toMatchObject({ embeddedIPv4: '192.0.2.4' });
    expect(addressModel('2001:0:4136:e378:8000:63bf:3fff:fdd2')).toMatchObject({ embeddedIPv4: '192.0.2.45' });
  });

  it('IPv4 gains family, reverse pointer, class, and reads an integer or hex', () => {
    expect(addressModel('3232235786')).toMatchObject({
      family: 'IPv4',
      address: '192.168.1.10',
      reversePointer: '10.1.168.192.in-addr.arpa',
      class: 'C',
    });
    expect(addressModel('0xC0A8010A').address).toBe('192.168.1.10');
    expect(addressModel('0').address).toBe('0.0.0.0');
    expect(inputErrorOf(() => addressModel('4294967296')).code).toBe('ip-integer-range');
    expect(inputErrorOf(() => addressModel('0x100000000')).code).toBe('ip-integer-range');
  });
});
