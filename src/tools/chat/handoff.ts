import type { ChatConnection } from '../../net/chat-client.js';
import type { ChatEvent, ChatServer } from '../../net/chat-server.js';

/**
 * Hands what a command started to its screen: `netlearn connect`'s connection (with the lines that
 * arrived meanwhile) to the chat screen, `netlearn serve`'s server to the serve screen. The command
 * reports a refused connection or a busy port plainly, and the screen never connects or listens twice.
 */
export interface ChatHandoff {
  connection: ChatConnection;
  early: string[];
  closedEarly: boolean;
}

let waiting: ChatHandoff | undefined;

export function offerConnection(connection: ChatConnection): void {
  const handoff: ChatHandoff = { connection, early: [], closedEarly: false };
  connection.on('line', (line) => handoff.early.length < 1000 && handoff.early.push(line));
  connection.once('close', () => (handoff.closedEarly = true));
  waiting = handoff;
}

/** The connection waiting for the screen, once; undefined if there is none. */
export function takeConnection(): ChatHandoff | undefined {
  const handoff = waiting;
  waiting = undefined;
  if (handoff) handoff.connection.removeAllListeners('line');
  return handoff;
}

/** A running chat server handed to the serve screen, with the events logged before it subscribed. */
export interface ServerHandoff {
  server: ChatServer;
  early: ChatEvent[];
  /** Where students can connect from elsewhere, when the server listens beyond loopback. */
  reachable: string[];
  port: number;
  host: string;
}

let waitingServer: ServerHandoff | undefined;
let collect: ((event: ChatEvent) => void) | undefined;

/** Call before listening, so the screen sees the `listening` event too; fill in the port after. */
export function offerServer(handoff: Omit<ServerHandoff, 'early'>): ServerHandoff {
  const early: ChatEvent[] = [];
  collect = (event) => early.length < 500 && early.push(event);
  handoff.server.on('event', collect);
  waitingServer = { ...handoff, early };
  return waitingServer;
}

export function takeServer(): ServerHandoff | undefined {
  const handoff = waitingServer;
  waitingServer = undefined;
  if (handoff && collect) handoff.server.off('event', collect);
  collect = undefined;
  return handoff;
}
