import type { TcpState } from './tcp-states.js';
import type { SocketRow } from './socket-model.js';

/** One socket appearing, changing state, or disappearing between two looks. */
export interface SocketChange {
  /** null: the socket was not there before. */
  from: TcpState | null;
  /** null: the socket is gone. */
  to: TcpState | null;
  socket: SocketRow;
}

/**
 * A socket's identity across looks: its family and both ends. The inode is no use (a TIME_WAIT
 * entry has none), and a listener's ends can repeat (SO_REUSEPORT), so repeats get a count.
 */
export function socketKeys(rows: readonly SocketRow[]): Map<string, SocketRow> {
  const keyed = new Map<string, SocketRow>();
  for (const row of rows) {
    const base = `${row.family} ${row.local.address} ${row.local.port} ${row.remote.address} ${row.remote.port}`;
    let key = base;
    for (let n = 2; keyed.has(key); n++) key = `${base} #${n}`;
    keyed.set(key, row);
  }
  return keyed;
}

/** What changed from one look to the next: new sockets, new states, sockets gone, in that order. */
export function socketChanges(before: Map<string, SocketRow>, after: Map<string, SocketRow>): SocketChange[] {
  const changes: SocketChange[] = [];
  for (const [key, row] of after) {
    const old = before.get(key);
    if (!old) changes.push({ from: null, to: row.state, socket: row });
    else if (old.state !== row.state) changes.push({ from: old.state, to: row.state, socket: row });
  }
  for (const [key, row] of before) if (!after.has(key)) changes.push({ from: row.state, to: null, socket: row });
  return changes;
}
