import { useEffect, useState } from 'react';
import { socketChanges, socketKeys, type SocketChange } from '../../core/sockets/socket-changes.js';
import type { SocketRow } from '../../core/sockets/socket-model.js';
import { SocketLooker, type SocketScope } from './look.js';
import type { SocketsSources } from './sources.js';

/** A screen needs no more than ten looks a second; TIME_WAIT and CLOSE_WAIT last seconds. */
const lookEvery = 100;
const keep = 50;

export interface SocketWatch {
  rows: SocketRow[];
  ports: number[];
  changes: { time: Date; change: SocketChange }[];
  /** Set when the OS would not list its sockets. */
  failed: boolean;
}

/** Looks at the sockets in scope while the screen is open, keeping the latest changes of state. */
export default function useSocketWatch(sources: SocketsSources, scope: SocketScope | undefined): SocketWatch {
  const [watch, setWatch] = useState<SocketWatch>({ rows: [], ports: [], changes: [], failed: false });
  const scopeKey = JSON.stringify(scope ?? null);
  useEffect(() => {
    if (!scope) return;
    const looker = new SocketLooker(sources, scope);
    let before: ReturnType<typeof socketKeys> | undefined;
    const look = () => {
      let seen: ReturnType<SocketLooker['look']>;
      try {
        seen = looker.look();
      } catch {
        return setWatch((old) => ({ ...old, failed: true }));
      }
      const after = socketKeys(seen.rows);
      const time = new Date();
      const changes = before ? socketChanges(before, after).map((change) => ({ time, change })) : [];
      const fresh = !before;
      before = after;
      setWatch((old) => ({
        rows: seen.rows,
        ports: seen.ports,
        changes: fresh ? [] : [...old.changes, ...changes].slice(-keep),
        failed: false,
      }));
    };
    look();
    const timer = setInterval(look, lookEvery);
    return () => clearInterval(timer);
    // The scope is compared by value: a new object with the same ports keeps the same watch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sources, scopeKey]);
  return watch;
}
