import { describe, expect, it } from 'vitest';
import { hostJson, hostModel, type HostFacts } from '../../src/core/host.js';

const facts: HostFacts = {
  hostname: 'aula-3',
  localhost: ['127.0.0.1', '::1'],
  interfaces: [
    { name: 'lo', family: 'IPv4', address: '127.0.0.1', netmask: '255.0.0.0', internal: true },
    { name: 'wlan0', family: 'IPv4', address: '192.168.1.37', netmask: '255.255.255.0', internal: false },
    { name: 'wlan0', family: 'IPv4', address: '10.20.30.40', netmask: '255.255.240.0', internal: false },
    {
      name: 'wlan0',
      family: 'IPv6',
      address: 'fe80::1c2b:3dff:fe4e:5f60',
      netmask: 'ffff:ffff:ffff:ffff::',
      internal: false,
    },
    { name: 'lo', family: 'IPv6', address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', internal: true },
    { name: 'odd', family: 'IPv4', address: '10.0.0.1', netmask: '255.0.255.0', internal: false },
  ],
};

describe('hostModel', () => {
  it('computes each IPv4 network from the address and the mask', () => {
    const [lo, wifi, wide] = hostModel(facts).interfaces;
    expect(lo).toMatchObject({ cidr: '127.0.0.1/8', network: '127.0.0.0', prefix: 8 });
    expect(wifi).toMatchObject({ cidr: '192.168.1.37/24', network: '192.168.1.0', prefix: 24 });
    expect(wide).toMatchObject({ cidr: '10.20.30.40/20', network: '10.20.16.0', prefix: 20 });
  });

  it('computes IPv6 networks in their short form', () => {
    const model = hostModel(facts);
    expect(model.interfaces[3]).toMatchObject({ cidr: 'fe80::1c2b:3dff:fe4e:5f60/64', network: 'fe80::', prefix: 64 });
    expect(model.interfaces[4]).toMatchObject({ cidr: '::1/128', network: '::1', prefix: 128 });
  });

  it('lists an interface with a non-contiguous mask without inventing a network', () => {
    expect(hostModel(facts).interfaces[5]).toMatchObject({ cidr: '10.0.0.1/?', network: null, prefix: null });
  });

  it('gives the documented JSON shape', () => {
    const json = hostJson(hostModel(facts));
    expect(Object.keys(json)).toEqual(['hostname', 'localhost', 'interfaces']);
    expect(json.interfaces[1]).toEqual({
      name: 'wlan0',
      family: 'IPv4',
      address: '192.168.1.37',
      netmask: '255.255.255.0',
      cidr: '192.168.1.37/24',
      network: '192.168.1.0',
      internal: false,
    });
  });
});
