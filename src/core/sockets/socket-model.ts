import { pythonTuple } from '../address-tuple.js';
import type { Endpoint, SocketEntry } from './proc-net-tcp.js';

/** What a socket is for, in a learner's terms. */
export type SocketRole = 'listener' | 'server' | 'client' | 'unknown';

/** A socket with its role worked out. */
export interface SocketRow extends SocketEntry {
  role: SocketRole;
}

/** The ports the OS hands out to clients (Linux 32768-60999 by default). */
export interface PortRange {
  start: number;
  end: number;
}

const wildcard = new Set(['0.0.0.0', '::']);

function sameHost(listener: string, address: string): boolean {
  return wildcard.has(listener) || listener === address || listener === address.replace(/^::ffff:/, '');
}

/**
 * Who each socket belongs to. A listener is plain. A connected socket whose local end matches a
 * listener here is the server's side (what `accept()` returned); one whose remote end is a listener
 * here is a client's. Without a listener to go by (the server has stopped), the end that holds an
 * ephemeral port is the client's.
 */
export function inferRoles(entries: readonly SocketEntry[], ephemeral: PortRange): SocketRow[] {
  const listeners = entries.filter((entry) => entry.state === 'LISTEN').map((entry) => entry.local);
  const listens = (end: Endpoint) =>
    listeners.some((listener) => listener.port === end.port && sameHost(listener.address, end.address));
  const inRange = (port: number) => port >= ephemeral.start && port <= ephemeral.end;
  return entries.map((entry) => {
    let role: SocketRole = 'unknown';
    if (entry.state === 'LISTEN') role = 'listener';
    else if (listens(entry.local)) role = 'server';
    else if (listens(entry.remote)) role = 'client';
    else if (inRange(entry.local.port) && !inRange(entry.remote.port)) role = 'client';
    else if (inRange(entry.remote.port) && !inRange(entry.local.port)) role = 'server';
    return { ...entry, role };
  });
}

/** Sockets with an end on one of these ports (a listener counts by its own port only). */
export function socketsOnPorts<T extends SocketEntry>(rows: readonly T[], ports: readonly number[]): T[] {
  return rows.filter(
    (row) => ports.includes(row.local.port) || (row.state !== 'LISTEN' && ports.includes(row.remote.port)),
  );
}

/** An end as Python's `getsockname()` / `getpeername()` prints it: `('127.0.0.1', 5050)` or `('::1', 5050, 0, 0)`. */
export function endTuple(end: Endpoint, family: SocketEntry['family']): string {
  return pythonTuple({ address: end.address, port: end.port, family });
}

/** The documented `--json` row. */
export function socketJson(row: SocketRow) {
  return {
    local: [row.local.address, row.local.port],
    remote: [row.remote.address, row.remote.port],
    state: row.state,
    role: row.role,
    family: row.family,
    sendQ: row.sendQ,
    recvQ: row.recvQ,
    pid: row.pid,
  };
}

/** Listeners first, then by local port, then remote port: the order a table reads best in. */
export function sortSockets<T extends SocketEntry>(rows: readonly T[]): T[] {
  const rank = (row: T) => (row.state === 'LISTEN' ? 0 : 1);
  return [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.local.port - b.local.port ||
      a.remote.port - b.remote.port ||
      a.family.localeCompare(b.family) ||
      a.local.address.localeCompare(b.local.address),
  );
}
