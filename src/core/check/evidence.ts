import type { ServerCheckId } from './checks.js';
import type { ReceivedEncoding } from './encoding.js';
import type { ProcessDescription } from './server-process.js';

/** What grew on the server's side while clients came and went, and never came back. */
export interface Leak {
  kind: 'close-wait' | 'threads' | 'files';
  before: number;
  after: number;
}

/**
 * What the checker saw of the whole server during a run, apart from any one check: the facts the
 * overall judgement is made of. Every field is optional: absent means "not seen".
 */
export interface RunEvidence {
  /** Nothing accepted a connection at all; `otherFamily` is the address that did answer. */
  unreachable?: { code: string; otherFamily?: string };
  /** The server asked for a name before it let a client talk, and the checker gave one. */
  askedName?: { prompt: string; name: string };
  /** New clients were closed by the server right after connecting, once the run had opened `opened`. */
  closesClients?: { closed: number; opened: number; sample: string };
  /** The port stopped answering during this check. */
  died?: { during: ServerCheckId };
  /** Lines came in another encoding than UTF-8. */
  encoding?: ReceivedEncoding;
  /** The sender of a non-ASCII line was never heard again, while others still were. */
  decodeError?: true;
  /** A broadcast arrived with no line end after it. */
  noNewline?: { sample: string };
  /** It answers, but not as the profile says: nothing holds what a client wrote, or it comes as JSON. */
  protocol?: { sample: string; json?: boolean };
  /** How long lines took to reach the other clients. */
  latency?: { count: number; medianMs: number; maxMs: number };
  /** Lines that never reached a client that stayed connected. */
  lost?: { sent: number; received: number };
  /** Two or more processes (or sockets) listen on the port. */
  portShared?: { listeners: number; pids: readonly number[] };
  leaks?: readonly Leak[];
  /** The process that listens on the port, as /proc names it (Linux only). */
  process?: ProcessDescription;
}

/** Past this median delay a line is late: on loopback a working server relays in well under 50 ms. */
export const lateMs = 500;
