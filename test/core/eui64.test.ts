import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eui64OfAddress,
  eui64OfMac,
  linkLocalOfMac,
  looksLikeMac,
  solicitedNodeOf,
  teredoParts,
} from '../../src/core/eui64.js';
import { formatIPv6, parseIPv6 } from '../../src/core/ipv6.js';
import { codeOf } from './input-error-of.js';

const v6 = (text: string) => parseIPv6(text).value;

describe('EUI-64', () => {
  it('fe80::223:aeff:fea4:8ca9 holds the MAC 00:23:ae:a4:8c:a9, its U/L bit flipped', () => {
    expect(eui64OfAddress(v6('fe80::223:aeff:fea4:8ca9'))).toEqual({
      mac: '00:23:ae:a4:8c:a9',
      interfaceId: '223:aeff:fea4:8ca9',
      macLocalBit: 0,
      idLocalBit: 1,
    });
  });

  it('an interface id without ff:fe in its middle holds no MAC', () => {
    expect(eui64OfAddress(v6('2001:db8::1'))).toBeUndefined();
  });

  it('a MAC in any usual spelling gives the same link-local address', () => {
    for (const mac of ['00:23:ae:a4:8c:a9', '00-23-AE-A4-8C-A9', '0023.aea4.8ca9']) {
      expect(looksLikeMac(mac)).toBe(true);
      expect(formatIPv6(linkLocalOfMac(eui64OfMac(mac)))).toBe('fe80::223:aeff:fea4:8ca9');
    }
    expect(looksLikeMac('00:23:ae:a4:8c')).toBe(false);
    expect(codeOf(() => eui64OfMac('00:23:ae:a4:8c:zz'))).toBe('mac-invalid');
  });

  it('MAC to address and back gives the same MAC, for every MAC', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(255), { minLength: 6, maxLength: 6 }), (bytes) => {
        const mac = bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
        const eui = eui64OfMac(mac);
        expect(eui.idLocalBit).toBe(1 - eui.macLocalBit);
        expect(eui64OfAddress(linkLocalOfMac(eui))?.mac).toBe(mac);
      }),
    );
  });
});

describe('solicited-node and Teredo', () => {
  it('the solicited-node group keeps the last 24 bits under ff02::1:ff00:0/104', () => {
    expect(formatIPv6(solicitedNodeOf(v6('fe80::223:aeff:fea4:8ca9')))).toBe('ff02::1:ffa4:8ca9');
  });

  it("a Teredo address names its server plainly and its client's address and port inverted", () => {
    // RFC 4380 section 4's example: server 65.54.227.120, client 192.0.2.45 behind port 40000.
    expect(teredoParts(v6('2001:0:4136:e378:8000:63bf:3fff:fdd2'))).toEqual({
      server: '65.54.227.120',
      client: '192.0.2.45',
      port: 40000,
    });
  });
});
