import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ephemeralRangeFile, parseEphemeralRange, readEphemeralRange } from '../../src/system/ephemeral-range.js';
import { readPrivilegedPorts, unprivilegedPortStartFile } from '../../src/system/privileged-ports.js';
import { parseServices, readServices } from '../../src/system/services.js';

describe('ephemeral range', () => {
  it.runIf(process.platform === 'linux' && existsSync(ephemeralRangeFile))(
    'equals the /proc file on this machine',
    () => {
      const [start, end] = readFileSync(ephemeralRangeFile, 'utf8').trim().split(/\s+/).map(Number);
      expect(readEphemeralRange()).toEqual({ start, end, source: ephemeralRangeFile });
    },
  );

  it("is IANA's dynamic range on macOS and Windows, and says so", () => {
    expect(readEphemeralRange('darwin')).toEqual({ start: 49_152, end: 65_535, source: 'default:darwin' });
    expect(readEphemeralRange('win32')).toEqual({ start: 49_152, end: 65_535, source: 'default:win32' });
  });

  it('reads the tab-separated /proc format and refuses nonsense', () => {
    expect(parseEphemeralRange('32768\t60999\n')).toEqual({ start: 32_768, end: 60_999 });
    expect(parseEphemeralRange('60999 32768')).toBeUndefined();
    expect(parseEphemeralRange('')).toBeUndefined();
  });
});

describe('privileged ports', () => {
  it.runIf(process.platform === 'linux' && existsSync(unprivilegedPortStartFile))(
    'equal the /proc setting and the real uid',
    () => {
      const facts = readPrivilegedPorts();
      expect(facts.unprivilegedPortStart).toBe(Number(readFileSync(unprivilegedPortStartFile, 'utf8').trim()));
      expect(facts.isRoot).toBe(process.getuid!() === 0);
    },
  );

  it('has no privileged ports on Windows', () => {
    expect(readPrivilegedPorts('win32').unprivilegedPortStart).toBe(0);
  });
});

describe('/etc/services', () => {
  it('keeps the first TCP name for each port and skips comments and UDP-only lines', () => {
    const table = parseServices('# comment\nhttp\t\t80/tcp\t\twww\nhttp\t80/udp\nwww-alt 80/tcp\nsyslog\t514/udp\n');
    expect([...table]).toEqual([[80, 'http']]);
  });

  it.runIf(existsSync('/etc/services'))('knows ssh on 22 on this machine', () => {
    expect(readServices().get(22)).toBe('ssh');
  });

  it('is empty when the file is missing', () => {
    expect(readServices('/nonexistent/services').size).toBe(0);
  });
});
