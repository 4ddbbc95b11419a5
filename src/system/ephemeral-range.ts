import { readFileSync } from 'node:fs';

export const ephemeralRangeFile = '/proc/sys/net/ipv4/ip_local_port_range';

export interface EphemeralRange {
  start: number;
  end: number;
  /** Where the range came from: the /proc file, or `default:<platform>` when the OS has no file to read. */
  source: string;
}

/** Two numbers separated by whitespace, as the /proc file holds them; undefined when malformed. */
export function parseEphemeralRange(text: string): { start: number; end: number } | undefined {
  const match = /^\s*(\d+)\s+(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start <= end && end <= 65_535 ? { start, end } : undefined;
}

/**
 * The ports this OS picks for outgoing connections. Linux: the kernel setting (32768-60999 by
 * default). macOS and Windows use IANA's dynamic range, 49152-65535.
 */
export function readEphemeralRange(platform: NodeJS.Platform = process.platform): EphemeralRange {
  if (platform === 'linux') {
    try {
      const range = parseEphemeralRange(readFileSync(ephemeralRangeFile, 'utf8'));
      if (range) return { ...range, source: ephemeralRangeFile };
    } catch {
      // No /proc (a container without it): fall through to the kernel's default.
    }
    return { start: 32_768, end: 60_999, source: 'default:linux' };
  }
  return { start: 49_152, end: 65_535, source: `default:${platform}` };
}
