import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/input-error.js';
import { knownPorts } from '../../src/core/known-ports.js';
import { parsePort, portJson, portModel, portRange, portRanges, type PortSystemFacts } from '../../src/core/ports.js';

function codeOf(text: string): string | undefined {
  try {
    parsePort(text);
    return undefined;
  } catch (error) {
    if (isInputError(error)) return error.code;
    throw error;
  }
}

const linuxFacts: PortSystemFacts = {
  ephemeral: { start: 32_768, end: 60_999, source: '/proc/sys/net/ipv4/ip_local_port_range' },
  unprivilegedPortStart: 1024,
  unprivilegedSource: '/proc/sys/net/ipv4/ip_unprivileged_port_start',
  isRoot: false,
  services: new Map([
    [80, 'http'],
    [5222, 'xmpp-client'],
  ]),
  knownPorts,
};

describe('parsePort', () => {
  it('reads plain decimal ports, the ends included', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('80')).toBe(80);
    expect(parsePort('65535')).toBe(65_535);
    expect(parsePort(' 5050 ')).toBe(5050);
  });

  it.each([
    ['', 'port-empty'],
    ['   ', 'port-empty'],
    ['65536', 'port-too-large'],
    ['99999999999999999999', 'port-too-large'],
    ['-5', 'port-negative'],
    ['-0', 'port-negative'],
    ['1e2', 'port-exponent'],
    ['0x10', 'port-hex'],
    ['80.5', 'port-fraction'],
    ['80.', 'port-fraction'],
    ['080', 'port-leading-zero'],
    ['http', 'port-not-number'],
    ['+80', 'port-not-number'],
    ['8o', 'port-not-number'],
    ['٨٠', 'port-non-ascii-digit'],
    ['８０', 'port-non-ascii-digit'],
  ])('rejects %j with %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('suggests the decimal value of a hex or exponent port', () => {
    expect(() => parsePort('0x10')).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ suggestion: '16' }) }),
    );
    expect(() => parsePort('1e2')).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ suggestion: '100' }) }),
    );
  });

  it('reads back every port it is given as digits', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 65_535 }), (port) => parsePort(String(port)) === port));
  });

  it('never throws anything but an InputError', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const port = parsePort(text);
          return Number.isInteger(port) && port >= 0 && port <= 65_535;
        } catch (error) {
          return isInputError(error);
        }
      }),
    );
  });
});

describe('portRange', () => {
  it('names the three ranges as RFC 6335 does', () => {
    expect(portRange(1023)).toEqual({ range: 'well-known', start: 0, end: 1023, ianaName: 'System' });
    expect(portRange(1024)).toEqual({ range: 'registered', start: 1024, end: 49_151, ianaName: 'User' });
    expect(portRange(49_152)).toEqual({ range: 'dynamic', start: 49_152, end: 65_535, ianaName: 'Dynamic/Private' });
  });

  it('puts every port 0-65535 in exactly one range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65_535 }), (port) => {
        const holders = portRanges.filter((range) => port >= range.start && port <= range.end);
        return holders.length === 1 && holders[0]!.range === portRange(port).range;
      }),
    );
  });
});

describe('portModel', () => {
  it('marks a Linux client port in the registered range as ephemeral', () => {
    const model = portModel(40_000, linuxFacts);
    expect(model.range).toBe('registered');
    expect(model.ephemeral).toEqual({
      start: 32_768,
      end: 60_999,
      source: '/proc/sys/net/ipv4/ip_local_port_range',
      contains: true,
    });
    expect(model.ephemeralOverlapsRegistered).toBe(true);
  });

  it('sees no overlap with the macOS and Windows range', () => {
    const model = portModel(50_000, {
      ...linuxFacts,
      ephemeral: { start: 49_152, end: 65_535, source: 'default:darwin' },
    });
    expect(model.ephemeral.contains).toBe(true);
    expect(model.ephemeralOverlapsRegistered).toBe(false);
  });

  it('prefers the everyday name over /etc/services, and falls back to the file', () => {
    expect(portModel(80, linuxFacts)).toMatchObject({ service: 'HTTP', serviceSource: 'bundled' });
    expect(portModel(5222, linuxFacts)).toMatchObject({ service: 'xmpp-client', serviceSource: 'services-file' });
    expect(portModel(5051, linuxFacts)).toMatchObject({ service: null, serviceSource: null });
  });

  it('needs privileges below ip_unprivileged_port_start only', () => {
    expect(portModel(1023, linuxFacts).privileged).toBe(true);
    expect(portModel(1024, linuxFacts).privileged).toBe(false);
    expect(portModel(80, { ...linuxFacts, unprivilegedPortStart: 0 }).privileged).toBe(false);
  });

  it('port 0 needs no privileges: it asks the OS to pick a free ephemeral port', () => {
    const model = portModel(0, linuxFacts);
    expect(model.privileged).toBe(false);
    expect(model.osPicks).toBe(true);
    expect(portModel(1, linuxFacts).osPicks).toBe(false);
  });

  it('gives the documented JSON shape', () => {
    expect(portJson(portModel(443, linuxFacts))).toEqual({
      port: 443,
      range: 'well-known',
      rangeStart: 0,
      rangeEnd: 1023,
      ianaName: 'System',
      service: 'HTTPS',
      privileged: true,
      ephemeral: { start: 32_768, end: 60_999, source: '/proc/sys/net/ipv4/ip_local_port_range', contains: false },
    });
  });
});
