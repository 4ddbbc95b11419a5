import type { DemoEvent, Endpoint } from '../../core/demo-events.js';

/** One connection as the screen shows it: both ends, when, and how it ended. */
export interface ClientRow {
  id: number;
  /** The client's own end (its getsockname()); unknown for an outside client. */
  local?: Endpoint;
  /** The server's end as the client sees it. */
  remote?: Endpoint;
  /** Both ends as Python prints them: the client's getsockname() and getpeername(). */
  localTuple?: string;
  remoteTuple?: string;
  /** The tuple accept() returned, once accepted. */
  tuple?: string;
  outside: boolean;
  acceptedAt?: string;
  closedBy?: 'client' | 'server';
  reset: boolean;
  failed?: string;
  messages: number;
}

/** An event and the wall-clock time it reached the screen. */
export interface LogEntry {
  seq: number;
  time: string;
  event: DemoEvent;
}

export interface DemoState {
  listening?: Extract<DemoEvent, { event: 'listening' }>;
  running: boolean;
  /** Indexed by client number - 1 (numbers are handed out in order). */
  clients: ClientRow[];
  open: number;
  /** The last events, oldest first, at most `logLimit`. */
  log: LogEntry[];
  seq: number;
  /** The event the side panel explains. */
  last?: DemoEvent;
}

export const logLimit = 500;

export const initialDemoState: DemoState = { running: false, clients: [], open: 0, log: [], seq: 0 };

export type DemoAction = { type: 'events'; batch: { time: string; event: DemoEvent }[] };

function row(clients: ClientRow[], id: number): ClientRow {
  return clients[id - 1] ?? { id, outside: false, reset: false, messages: 0 };
}

/**
 * Folds a batch of demo events into what the screen shows. Batches keep rendering under 30 frames
 * per second however many clients connect; the log is a bounded window over the latest events.
 */
export function demoReducer(state: DemoState, action: DemoAction): DemoState {
  if (action.batch.length === 0) return state;
  const clients = state.clients.slice();
  let { open, running, listening, seq, last } = state;
  const added: LogEntry[] = [];
  for (const { time, event } of action.batch) {
    switch (event.event) {
      case 'listening':
        listening = event;
        running = true;
        break;
      case 'connected':
        clients[event.client - 1] = {
          ...row(clients, event.client),
          local: event.local,
          remote: event.remote,
          localTuple: event.localTuple,
          remoteTuple: event.remoteTuple,
        };
        break;
      case 'accepted':
        clients[event.client - 1] = {
          ...row(clients, event.client),
          tuple: event.tuple,
          outside: Boolean(event.outside),
          acceptedAt: time,
        };
        open++;
        break;
      case 'message': {
        const current = row(clients, event.client);
        clients[event.client - 1] = { ...current, messages: current.messages + 1 };
        break;
      }
      case 'closed': {
        const current = row(clients, event.client);
        if (current.acceptedAt && !current.closedBy) open--;
        clients[event.client - 1] = { ...current, closedBy: event.by, reset: Boolean(event.reset) };
        break;
      }
      case 'failed':
        clients[event.client - 1] = { ...row(clients, event.client), failed: event.code };
        break;
      case 'stopped':
        running = false;
        break;
    }
    added.push({ seq: ++seq, time, event });
    last = event;
  }
  const log =
    state.log.length + added.length > logLimit ? [...state.log, ...added].slice(-logLimit) : [...state.log, ...added];
  return { listening, running, clients, open: Math.max(0, open), log, seq, last };
}
