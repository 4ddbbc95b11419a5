import { describe, expect, it } from 'vitest';
import { connectTarget, hostPort, mappedIPv4, pythonRepr, pythonTuple } from '../../src/core/address-tuple.js';

describe('address tuples as Python prints them', () => {
  it('an IPv4 peer is a pair', () => {
    expect(pythonTuple({ address: '127.0.0.1', port: 51234, family: 'IPv4' })).toBe("('127.0.0.1', 51234)");
  });
  it('an IPv6 peer has flowinfo and scope id', () => {
    expect(pythonTuple({ address: '::1', port: 51234, family: 'IPv6' })).toBe("('::1', 51234, 0, 0)");
  });
  it('an IPv4 client on a dual-stack listener shows as a mapped IPv6 address', () => {
    expect(pythonTuple({ address: '::ffff:127.0.0.1', port: 40000, family: 'IPv6' })).toBe(
      "('::ffff:127.0.0.1', 40000, 0, 0)",
    );
    expect(mappedIPv4('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(mappedIPv4('::1')).toBeUndefined();
  });
  it('an unnamed Unix client is an empty string, a path is quoted', () => {
    expect(pythonTuple({ address: '', family: 'Unix' })).toBe("''");
    expect(pythonTuple({ address: '/tmp/demo.sock', family: 'Unix' })).toBe("'/tmp/demo.sock'");
  });
  it('repr switches quotes like Python', () => {
    expect(pythonRepr("it's")).toBe('"it\'s"');
    expect(pythonRepr('a\\b\n')).toBe("'a\\\\b\\n'");
  });
  it('host and port are written with brackets for IPv6', () => {
    expect(hostPort({ address: '::1', port: 5050, family: 'IPv6' })).toBe('[::1]:5050');
    expect(hostPort({ address: '127.0.0.1', port: 5050, family: 'IPv4' })).toBe('127.0.0.1:5050');
  });
});

describe('connectTarget', () => {
  it('gives the host and port to connect to, loopback for a wildcard', () => {
    expect(connectTarget('127.0.0.1:37665')).toEqual({ host: '127.0.0.1', port: '37665' });
    expect(connectTarget('[::1]:5050')).toEqual({ host: '::1', port: '5050' });
    expect(connectTarget('0.0.0.0:5050')).toEqual({ host: '127.0.0.1', port: '5050' });
    expect(connectTarget('[::]:5050')).toEqual({ host: '::1', port: '5050' });
  });
});
