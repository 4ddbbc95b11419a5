import { InputError } from './input-error.js';

/** RFC 6335's three ranges, in the words the lessons use. */
export type PortRangeId = 'well-known' | 'registered' | 'dynamic';

export interface PortRangeInfo {
  range: PortRangeId;
  start: number;
  end: number;
  /** RFC 6335's own name for the range. */
  ianaName: 'System' | 'User' | 'Dynamic/Private';
}

const maxPort = 65_535;

export const portRanges: readonly PortRangeInfo[] = [
  { range: 'well-known', start: 0, end: 1023, ianaName: 'System' },
  { range: 'registered', start: 1024, end: 49_151, ianaName: 'User' },
  { range: 'dynamic', start: 49_152, end: 65_535, ianaName: 'Dynamic/Private' },
];

/**
 * A port number exactly as a person should write it: plain decimal digits, 0-65535, no sign,
 * fraction, exponent, hex prefix or leading zero. Each other shape gets its own error code so the
 * message can say what was typed and what to write instead.
 */
export function parsePort(text: string): number {
  const part = text.trim();
  if (part === '') throw new InputError('port-empty', { part: text });
  if (/^[0-9]+$/.test(part)) {
    if (part.length > 1 && part.startsWith('0')) {
      throw new InputError('port-leading-zero', { part, suggestion: part.replace(/^0+(?=\d)/, '') });
    }
    if (part.length > 5 || Number(part) > maxPort) throw new InputError('port-too-large', { part, max: maxPort });
    return Number(part);
  }
  if (/^-\s*[0-9]/.test(part)) throw new InputError('port-negative', { part });
  if (/^[0-9]+\.[0-9]*$/.test(part)) throw new InputError('port-fraction', { part });
  if (/^[0-9]+(\.[0-9]+)?e[+-]?[0-9]+$/i.test(part)) {
    const value = Number(part);
    const suggestion = Number.isInteger(value) && value <= maxPort ? String(value) : undefined;
    throw new InputError('port-exponent', { part, suggestion });
  }
  if (/^0x[0-9a-f]+$/i.test(part)) {
    const value = Number.parseInt(part.slice(2), 16);
    throw new InputError('port-hex', { part, suggestion: value <= maxPort ? String(value) : undefined });
  }
  if (/^\p{Nd}+$/u.test(part)) {
    throw new InputError('port-non-ascii-digit', { part });
  }
  throw new InputError('port-not-number', { part });
}

/** The range a port falls in; every port 0-65535 is in exactly one. */
export function portRange(port: number): PortRangeInfo {
  return portRanges.find((range) => port >= range.start && port <= range.end) ?? portRanges[2]!;
}

/** What this machine says about ports, gathered by src/system and handed in as plain data. */
export interface PortSystemFacts {
  /** The ports the OS hands out to outgoing connections, and where that was read. */
  ephemeral: { start: number; end: number; source: string };
  /** Ports below this need privileges to bind on a specific address (0: no such rule). */
  unprivilegedPortStart: number;
  /** Where that limit came from. */
  unprivilegedSource: string;
  isRoot: boolean;
  /** Names from /etc/services (TCP), when the file was there. */
  services: ReadonlyMap<number, string>;
  /** Everyday names bundled with netlearn. */
  knownPorts: ReadonlyMap<number, string>;
}

export interface PortModel {
  port: number;
  range: PortRangeId;
  rangeStart: number;
  rangeEnd: number;
  ianaName: PortRangeInfo['ianaName'];
  /** The service usually found there, or null. */
  service: string | null;
  /** Where the service name came from. */
  serviceSource: 'bundled' | 'services-file' | null;
  /** Binding it needs privileges on this machine (never for 0, which asks the OS to pick a port). */
  privileged: boolean;
  /** Port 0: bind() asks the OS for any free ephemeral port, so any user may use it. */
  osPicks: boolean;
  unprivilegedPortStart: number;
  unprivilegedSource: string;
  isRoot: boolean;
  ephemeral: { start: number; end: number; source: string; contains: boolean };
  /** The ephemeral range reaches into IANA's registered range (Linux's default does). */
  ephemeralOverlapsRegistered: boolean;
}

/** Everything the port lab shows about one port, from the port and this machine's facts. */
export function portModel(port: number, facts: PortSystemFacts): PortModel {
  const info = portRange(port);
  const bundled = facts.knownPorts.get(port);
  const fromFile = facts.services.get(port);
  const { start, end, source } = facts.ephemeral;
  return {
    port,
    range: info.range,
    rangeStart: info.start,
    rangeEnd: info.end,
    ianaName: info.ianaName,
    service: bundled ?? fromFile ?? null,
    serviceSource: bundled ? 'bundled' : fromFile ? 'services-file' : null,
    privileged: port !== 0 && port < facts.unprivilegedPortStart,
    osPicks: port === 0,
    unprivilegedPortStart: facts.unprivilegedPortStart,
    unprivilegedSource: facts.unprivilegedSource,
    isRoot: facts.isRoot,
    ephemeral: { start, end, source, contains: port >= start && port <= end },
    ephemeralOverlapsRegistered: start <= 49_151 && end >= 1024,
  };
}

/** The stable `--json` shape (README). */
export function portJson(model: PortModel) {
  return {
    port: model.port,
    range: model.range,
    rangeStart: model.rangeStart,
    rangeEnd: model.rangeEnd,
    ianaName: model.ianaName,
    service: model.service,
    privileged: model.privileged,
    ephemeral: model.ephemeral,
  };
}
