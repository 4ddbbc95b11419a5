import { hostname, networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readHostname, resolveLocalhost } from '../../src/system/hostname.js';
import { interfaceAddresses } from '../../src/system/interfaces.js';

describe('this host', () => {
  it('has the hostname os.hostname() reports', () => {
    expect(readHostname()).toBe(hostname());
  });

  it('resolves localhost to loopback addresses only, without the internet', async () => {
    const addresses = await resolveLocalhost();
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address).toMatch(/^(127\.\d+\.\d+\.\d+|::1)$/);
  });

  it('lists every address os.networkInterfaces() lists, loopback included', () => {
    const expected = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []).length;
    const found = interfaceAddresses();
    expect(found).toHaveLength(expected);
    expect(found).toContainEqual({
      name: expect.any(String),
      family: 'IPv4',
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      internal: true,
    });
  });
});
