import { describe, expect, it } from 'vitest';
import { boundAnswers, isThisMachine } from '../../../src/core/check/local-listener.js';

describe('which bound socket answers an address', () => {
  it('an address answers only itself among loopback addresses', () => {
    expect(boundAnswers('127.0.0.2', '127.0.0.2')).toBe(true);
    expect(boundAnswers('127.0.0.2', '127.0.0.3')).toBe(false);
  });

  it('0.0.0.0 answers every IPv4 address but no IPv6 one', () => {
    expect(boundAnswers('0.0.0.0', '192.168.1.20')).toBe(true);
    expect(boundAnswers('0.0.0.0', '::1')).toBe(false);
  });

  it(':: answers both families, and a mapped address is its IPv4 one', () => {
    expect(boundAnswers('::', '127.0.0.1')).toBe(true);
    expect(boundAnswers('::ffff:127.0.0.5', '127.0.0.5')).toBe(true);
  });
});

describe('whether an address is this machine', () => {
  it('all of 127.0.0.0/8 and ::1 are loopback', () => {
    expect(isThisMachine('127.0.0.42', [])).toBe(true);
    expect(isThisMachine('::1', [])).toBe(true);
  });

  it("an interface's address is this machine, a classmate's is not", () => {
    expect(isThisMachine('192.168.1.10', ['192.168.1.10', 'fe80::1%eth0'])).toBe(true);
    expect(isThisMachine('192.168.1.11', ['192.168.1.10'])).toBe(false);
  });
});
