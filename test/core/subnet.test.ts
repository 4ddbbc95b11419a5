import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/input-error.js';
import { formatIPv4, parseIPv4 } from '../../src/core/ipv4.js';
import { addressRole, parseCidr, subnetModel, subnetModelOf } from '../../src/core/subnet.js';
import { codeOf } from './input-error-of.js';
import { anyAddress, anyPrefix, oracle } from './ipv4-oracle.js';

describe('subnetModel', () => {
  it('splits 192.168.1.10/24 exactly as the JSON contract shows', () => {
    expect(subnetModel('192.168.1.10/24')).toEqual({
      input: '192.168.1.10/24',
      address: '192.168.1.10',
      prefix: 24,
      mask: '255.255.255.0',
      wildcard: '0.0.0.255',
      network: '192.168.1.0',
      broadcast: '192.168.1.255',
      firstHost: '192.168.1.1',
      lastHost: '192.168.1.254',
      addresses: 256,
      hosts: 254,
      networkBits: '11000000.10101000.00000001',
      hostBits: '00001010',
      scope: 'private',
    });
  });

  it('a /31 has two hosts, both of its addresses (RFC 3021)', () => {
    expect(subnetModel('10.0.0.1/31')).toMatchObject({
      network: '10.0.0.0',
      broadcast: '10.0.0.1',
      firstHost: '10.0.0.0',
      lastHost: '10.0.0.1',
      addresses: 2,
      hosts: 2,
    });
  });

  it('a /32 is one host: network, broadcast, first and last are the same address', () => {
    expect(subnetModel('255.255.255.255/32')).toMatchObject({
      network: '255.255.255.255',
      broadcast: '255.255.255.255',
      firstHost: '255.255.255.255',
      lastHost: '255.255.255.255',
      addresses: 1,
      hosts: 1,
      hostBits: '',
    });
  });

  it('0.0.0.0/0 has 4294967296 addresses and 4294967294 hosts', () => {
    expect(subnetModel('0.0.0.0/0')).toMatchObject({
      mask: '0.0.0.0',
      broadcast: '255.255.255.255',
      firstHost: '0.0.0.1',
      lastHost: '255.255.255.254',
      addresses: 4294967296,
      hosts: 4294967294,
      networkBits: '',
    });
  });

  it('splits the bits at a boundary inside an octet without a dot at the cut', () => {
    expect(subnetModel('192.168.1.10/26')).toMatchObject({
      networkBits: '11000000.10101000.00000001.00',
      hostBits: '001010',
    });
    expect(subnetModel('192.168.1.10/20')).toMatchObject({
      networkBits: '11000000.10101000.0000',
      hostBits: '0001.00001010',
    });
  });

  it('takes the mask after a slash, after a space, or as a second argument', () => {
    const expected = { prefix: 24, network: '192.168.1.0' };
    expect(subnetModel('192.168.1.10/255.255.255.0')).toMatchObject(expected);
    expect(subnetModel('192.168.1.10 255.255.255.0')).toMatchObject(expected);
    expect(subnetModel('192.168.1.10', '255.255.255.0')).toMatchObject({
      ...expected,
      input: '192.168.1.10 255.255.255.0',
    });
    expect(subnetModel('192.168.1.10', '/24')).toMatchObject(expected);
  });

  it('agrees with the BigInt oracle: network <= address <= broadcast, sizes and host counts', () => {
    fc.assert(
      fc.property(anyAddress, anyPrefix, (n, prefix) => {
        const model = subnetModelOf('x', { address: n, prefix });
        const address = BigInt(n);
        const network = oracle.network(address, prefix);
        const broadcast = network + oracle.size(prefix) - 1n;
        expect(model.network).toBe(oracle.toDotted(network));
        expect(model.broadcast).toBe(oracle.toDotted(broadcast));
        expect(network <= address && address <= broadcast).toBe(true);
        expect(BigInt(model.addresses)).toBe(oracle.size(prefix));
        expect(BigInt(model.hosts)).toBe(oracle.hosts(prefix));
        const first = BigInt(parseIPv4(model.firstHost));
        const last = BigInt(parseIPv4(model.lastHost));
        expect(network <= first && first <= last && last <= broadcast).toBe(true);
        expect(last - first + 1n).toBe(oracle.hosts(prefix));
        expect((model.networkBits + model.hostBits).replaceAll('.', '')).toBe(oracle.bits(address));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCidr rejections', () => {
  it.each([
    ['', 'subnet-empty'],
    ['192.168.1.10', 'subnet-no-prefix'],
    ['192.168.1.10/', 'subnet-prefix-missing'],
    ['192.168.1.10/33', 'subnet-prefix-range'],
    ['192.168.1.10/-1', 'subnet-prefix-negative'],
    ['192.168.1.10/abc', 'subnet-prefix-not-number'],
    ['192.168.1.10/24x', 'subnet-prefix-not-number'],
    ['10.0.0.0/99999999999', 'subnet-prefix-range'],
    ['10.0.0.0/12345678', 'subnet-prefix-range'],
    ['10.0.0.0/024', 'subnet-prefix-leading-zero'],
    ['10.0.0.0/00', 'subnet-prefix-leading-zero'],
    ['192.168.1.10/255.0.255.0', 'subnet-mask-noncontiguous'],
    ['192.168.1.10 255.0.255.0', 'subnet-mask-noncontiguous'],
    ['192.168.1.10/255.255.256.0', 'ip-octet-range'],
    ['1.2.3/24', 'ip-parts'],
    ['010.1.1.1/8', 'ip-octet-leading-zero'],
  ])('%j is rejected with %s', (input, code) => {
    expect(codeOf(() => parseCidr(input))).toBe(code);
  });

  it('reads 32 ones and zeros after the slash as a mask in bits, not a prefix', () => {
    expect(parseCidr('10.0.0.0/11111111111111111111111100000000').prefix).toBe(24);
    expect(codeOf(() => parseCidr('10.0.0.0', '024'))).toBe('subnet-prefix-leading-zero');
  });

  it('says a bad mask is the mask, not the address', () => {
    try {
      parseCidr('10.0.0.1', '255.255.0');
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).details).toMatchObject({ field: 'mask' });
    }
  });

  it('throws nothing but InputError on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9./\s-]{0,24}$/)),
        fc.option(fc.string()),
        (text, mask) => {
          try {
            parseCidr(text, mask ?? undefined);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('addressRole', () => {
  it('names host 10 of 192.168.1.0/24', () => {
    expect(addressRole(parseCidr('192.168.1.10/24'))).toEqual({ kind: 'host', index: 10 });
  });
  it('knows the network and broadcast addresses', () => {
    expect(addressRole(parseCidr('192.168.1.0/24')).kind).toBe('network');
    expect(addressRole(parseCidr('192.168.1.255/24')).kind).toBe('broadcast');
  });
  it('a /31 address is one of two hosts, a /32 a single one', () => {
    expect(addressRole(parseCidr('10.0.0.1/31'))).toEqual({ kind: 'point-to-point', index: 2 });
    expect(addressRole(parseCidr('10.0.0.1/32'))).toEqual({ kind: 'single' });
  });
  it('formats back what it parsed', () => {
    expect(formatIPv4(parseCidr('10.9.8.7/8').network)).toBe('10.0.0.0');
  });
});

describe('agreement with ip-address where it is right', () => {
  it('network and broadcast match ip-address start and end addresses for every prefix up to /30', async () => {
    const { Address4 } = await import('ip-address');
    fc.assert(
      fc.property(anyAddress, fc.integer({ min: 0, max: 30 }), (n, prefix) => {
        const text = `${formatIPv4(n)}/${prefix}`;
        const theirs = new Address4(text);
        const ours = subnetModel(text);
        expect(ours.network).toBe(theirs.startAddress().correctForm());
        expect(ours.broadcast).toBe(theirs.endAddress().correctForm());
      }),
      { numRuns: 500 },
    );
  });
});
