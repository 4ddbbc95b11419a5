import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineHasAddressInside, parseNetworkList } from '../../src/core/cidr-grep.js';
import { formatIPv6, parseIPv6 } from '../../src/core/ipv6.js';
import { codeOf } from './input-error-of.js';

const filter = parseNetworkList('10.0.0.0/8, 192.168.0.0/16 2001:db8::/32,fe80::/10');

/** The addresses inside, as the text shows them. */
function inside(line: string): string[] {
  const bytes = Buffer.from(line, 'latin1');
  const spans: number[] = [];
  lineHasAddressInside(bytes, 0, bytes.length, filter, spans);
  const found: string[] = [];
  for (let i = 0; i < spans.length; i += 2) found.push(bytes.toString('latin1', spans[i], spans[i + 1]));
  return found;
}

describe('grep finds addresses', () => {
  it('alone, at the start and end of a line, and before a full stop', () => {
    expect(inside('10.1.2.3 at start')).toEqual(['10.1.2.3']);
    expect(inside('at end 192.168.7.7')).toEqual(['192.168.7.7']);
    expect(inside('from 10.0.0.9.')).toEqual(['10.0.0.9']);
  });

  it('with a port, after a colon label, and in brackets', () => {
    expect(inside('conn 10.0.0.1:8080 ok')).toEqual(['10.0.0.1']);
    expect(inside('ip:192.168.0.1')).toEqual(['192.168.0.1']);
    expect(inside('GET [2001:db8::1]:443 and (10.2.2.2)')).toEqual(['2001:db8::1', '10.2.2.2']);
  });

  it('with a zone, which -o keeps', () => {
    expect(inside('neighbour fe80::1%eth0 reachable')).toEqual(['fe80::1%eth0']);
  });

  it('not inside longer numbers, times, MACs or leading zeros', () => {
    expect(inside('1.10.0.0.1 12:34:56 00:23:ae:a4:8c:a9 010.0.0.1 10.0.0.256')).toEqual([]);
  });

  it('outside the networks is not a match, and a mapped IPv6 is not an IPv4 one', () => {
    expect(inside('8.8.8.8 2001:db9::1 ::ffff:10.0.0.1')).toEqual([]);
  });

  it('a line of any bytes never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const found = lineHasAddressInside(bytes, 0, bytes.length, filter);
        expect(typeof found).toBe('boolean');
      }),
    );
  });

  it('every IPv4 address inside 10.0.0.0/8 is found wherever it stands, with a port or not', () => {
    fc.assert(
      fc.property(
        fc.nat(0xffffff),
        fc.constantFrom('', 'x ', '[', 'src='),
        fc.constantFrom('', ':22', ']', '.', ' y'),
        (low, before, after) => {
          const address = `10.${low >>> 16}.${(low >>> 8) & 255}.${low & 255}`;
          expect(inside(`${before}${address}${after}`)).toEqual([address]);
        },
      ),
    );
  });

  it('reads IPv6 from bytes exactly as the address parser reads text', () => {
    const everyV6 = parseNetworkList('::/0');
    const token = fc
      .array(fc.constantFrom(...'0123456789abcdefABCDEF:::::..'), { minLength: 2, maxLength: 24 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(token, fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }).map(formatIPv6)), (text) => {
        const trimmed = text.replace(/^\.+|\.+$/g, '');
        const bytes = Buffer.from(text);
        const spans: number[] = [];
        lineHasAddressInside(bytes, 0, bytes.length, everyV6, spans);
        let parsed: boolean;
        try {
          parsed = /[0-9]/.test(text) && (text.match(/:/g) ?? []).length >= 2 && parseIPv6(trimmed).value >= 0n;
        } catch {
          parsed = false;
        }
        expect(spans.length > 0).toBe(parsed);
      }),
      { numRuns: 5000 },
    );
  });

  it('no networks is refused', () => {
    expect(codeOf(() => parseNetworkList(' , '))).toBe('grep-networks-empty');
  });
});
