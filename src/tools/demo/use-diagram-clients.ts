import { useEffect, useRef, useState } from 'react';
import type { DiagramClient } from './diagram-lines.js';
import type { DemoState, LogEntry } from './use-demo-state.js';

/** How long each moment stays drawn: a new wire lit, bytes on a wire, a closed wire fading. */
export const moments = { fresh: 1500, inFlight: 1500, closing: 3000 } as const;

/**
 * What each connection looks like at `now`, from the events and when each reached the screen:
 * open ones, plus closed ones still fading.
 */
export function diagramClients(state: DemoState, seenAt: ReadonlyMap<number, number>, now: number): DiagramClient[] {
  const since = (seq: number) => now - (seenAt.get(seq) ?? 0);
  const latest = latestByClient(state.log);
  const shown: DiagramClient[] = [];
  for (const client of state.clients) {
    if (!client?.acceptedAt) continue;
    const { accepted, message, closed: closing } = latest.get(client.id) ?? {};
    if (client.closedBy && (!closing || since(closing.seq) > moments.closing)) continue;
    const text = message?.event.event === 'message' ? message.event : undefined;
    shown.push({
      id: client.id,
      serverTuple: client.tuple,
      clientTuple: client.localTuple,
      outside: client.outside,
      fresh: accepted !== undefined && since(accepted.seq) < moments.fresh,
      inFlight:
        text && message && since(message.seq) < moments.inFlight ? { text: text.text, bytes: text.bytes } : undefined,
      closed: client.closedBy ? { by: client.closedBy, reset: client.reset } : undefined,
    });
  }
  return shown;
}

type Moment = 'accepted' | 'message' | 'closed';

/** Each client's last accepted, message and closed entries, in one walk of the log: with 500
 * clients and 500 events a search per client made every frame (and every keypress) pay 250,000 steps. */
function latestByClient(log: readonly LogEntry[]): Map<number, Partial<Record<Moment, LogEntry>>> {
  const latest = new Map<number, Partial<Record<Moment, LogEntry>>>();
  for (const entry of log) {
    const { event } = entry;
    if (!('client' in event) || (event.event !== 'accepted' && event.event !== 'message' && event.event !== 'closed'))
      continue;
    const found = latest.get(event.client) ?? {};
    found[event.event] = entry;
    latest.set(event.client, found);
  }
  return latest;
}

/**
 * The connections as the diagram draws them now; it re-renders the screen when a highlight or a
 * fading wire is due to change, and only while one is on screen.
 */
export default function useDiagramClients(state: DemoState): DiagramClient[] {
  // When each event reached the screen: the log carries wall-clock text, not milliseconds.
  const seenAt = useRef(new Map<number, number>());
  const [now, setNow] = useState(() => Date.now());
  const stamp = Date.now();
  for (const entry of state.log) if (!seenAt.current.has(entry.seq)) seenAt.current.set(entry.seq, stamp);
  // Forget events that left the log, so the map stays as small as the log.
  if (seenAt.current.size > state.log.length * 2) {
    const kept = new Set(state.log.map((entry) => entry.seq));
    for (const seq of seenAt.current.keys()) if (!kept.has(seq)) seenAt.current.delete(seq);
  }
  const clients = diagramClients(state, seenAt.current, Math.max(now, stamp));
  const busy = clients.some((client) => client.fresh || client.inFlight || client.closed);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setNow(Date.now()), 250);
    return () => clearTimeout(timer);
  }, [busy, now, state.seq]);
  return clients;
}
