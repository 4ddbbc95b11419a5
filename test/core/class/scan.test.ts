import { describe, expect, it } from 'vitest';
import { scanAddresses } from '../../../src/core/class/scan.js';
import { InputError } from '../../../src/core/input-error.js';

const room = [
  { address: '127.0.0.1', netmask: '255.0.0.0' },
  { address: '192.168.1.10', netmask: '255.255.255.0' },
  { address: 'fe80::1%eth0', netmask: 'ffff:ffff:ffff:ffff::' },
];

function codeOf(cidr: string): string | undefined {
  try {
    scanAddresses(cidr, room);
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
  return undefined;
}

describe('the addresses a class scan tries', () => {
  it("tries every host of the room's network, not its network or broadcast address", () => {
    const found = scanAddresses('192.168.1.0/24', room);
    expect(found).toHaveLength(254);
    expect([found[0], found.at(-1)]).toEqual(['192.168.1.1', '192.168.1.254']);
  });

  it('tries loopback addresses, where a test room lives', () => {
    expect(scanAddresses('127.0.0.0/30', room)).toEqual(['127.0.0.1', '127.0.0.2']);
    expect(scanAddresses('127.0.0.9/32', room)).toEqual(['127.0.0.9']);
  });

  it('tries an IPv6 block inside a network of this machine', () => {
    expect(scanAddresses('fe80::/126', room)).toEqual(['fe80::', 'fe80::1', 'fe80::2', 'fe80::3']);
  });

  it('refuses a network this machine is not on, and one bigger than a room', () => {
    expect(codeOf('10.0.0.0/24')).toBe('scan-not-local');
    expect(codeOf('192.168.0.0/16')).toBe('scan-too-large');
    expect(codeOf('2001:db8::/126')).toBe('scan-not-local');
    expect(codeOf('192.168.1.0/21')).toBe('scan-too-large');
  });
});
