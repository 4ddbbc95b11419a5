import { useEffect, useState } from 'react';
import type { SocketEntry } from '../../core/sockets/proc-net-tcp.js';
import { socketChanges, socketKeys, type SocketChange } from '../../core/sockets/socket-changes.js';
import { inferRoles, socketsOnPorts, sortSockets, type SocketRow } from '../../core/sockets/socket-model.js';

/** A screen redraws at most this often: TIME_WAIT and CLOSE_WAIT last seconds, so 100 ms shows them. */
const lookEvery = 100;
/** The changes the panel keeps, newest last. */
const keep = 20;

export interface SocketStates {
  rows: SocketRow[];
  changes: { time: Date; change: SocketChange }[];
}

/**
 * The TCP sockets on the demo's port, looked at while the panel is open: the rows and the latest
 * changes of state (TIME_WAIT appearing on the side that closed first).
 */
export default function useSocketStates(
  read: (() => SocketEntry[]) | undefined,
  range: { start: number; end: number },
  port: number,
  on: boolean,
): SocketStates {
  const [states, setStates] = useState<SocketStates>({ rows: [], changes: [] });
  const { start, end } = range;
  useEffect(() => {
    if (!on || !read || port === 0) return;
    let before = new Map<string, SocketRow>();
    let first = true;
    const look = () => {
      const rows = sortSockets(socketsOnPorts(inferRoles(read(), { start, end }), [port]));
      const after = socketKeys(rows);
      const time = new Date();
      const changes = first ? [] : socketChanges(before, after).map((change) => ({ time, change }));
      first = false;
      before = after;
      setStates((old) =>
        changes.length === 0 &&
        old.rows.length === rows.length &&
        rows.every((row, i) => row.state === old.rows[i]?.state)
          ? old
          : { rows, changes: [...old.changes, ...changes].slice(-keep) },
      );
    };
    look();
    const timer = setInterval(look, lookEvery);
    return () => clearInterval(timer);
  }, [read, start, end, port, on]);
  return states;
}
