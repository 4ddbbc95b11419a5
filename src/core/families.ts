import { pythonRepr, pythonTuple } from './address-tuple.js';

export type FamilyId = 'inet' | 'inet6' | 'unix';

/** One end as a socket reported it; no port for AF_UNIX. */
export interface Endpoint {
  address: string;
  port?: number;
}

/** What src/net saw for one family: the server's address, and the client's as the server saw it. */
export interface FamilyProbe {
  family: FamilyId;
  status: 'ok' | 'skipped' | 'failed';
  listening?: Endpoint;
  peer?: Endpoint;
  /** The client's own view of its address: it must match `peer`. */
  clientLocal?: Endpoint;
  /** The OS's error code when skipped or failed (EADDRNOTAVAIL when IPv6 is off). */
  code?: string;
}

export interface FamilyResult {
  family: FamilyId;
  /** The constant Python and C use: AF_INET, AF_INET6, AF_UNIX. */
  constant: 'AF_INET' | 'AF_INET6' | 'AF_UNIX';
  status: FamilyProbe['status'];
  listening: Endpoint | null;
  peer: Endpoint | null;
  /** How Python prints the peer address `accept()` returns. */
  pythonAccept: string | null;
  /** How Python prints the server's `getsockname()`. */
  pythonServer: string | null;
  code: string | null;
}

const constants = { inet: 'AF_INET', inet6: 'AF_INET6', unix: 'AF_UNIX' } as const;
const nodeFamily = { inet: 'IPv4', inet6: 'IPv6', unix: 'Unix' } as const;

function python(family: FamilyId, end: Endpoint | undefined): string | null {
  if (!end) return null;
  if (family === 'unix') return pythonRepr(end.address);
  return pythonTuple({ family: nodeFamily[family], address: end.address, port: end.port });
}

/** Each family's result with Python's view of the same addresses. */
export function familiesModel(probes: readonly FamilyProbe[]): FamilyResult[] {
  return probes.map((probe) => ({
    family: probe.family,
    constant: constants[probe.family],
    status: probe.status,
    listening: probe.listening ?? null,
    peer: probe.peer ?? null,
    pythonAccept: python(probe.family, probe.peer),
    pythonServer: python(probe.family, probe.listening),
    code: probe.code ?? null,
  }));
}

/** The `--json` shape (README): one object with a `families` array. */
export function familiesJson(results: readonly FamilyResult[], tempDirRemoved: boolean) {
  return { families: results, tempDirRemoved };
}
