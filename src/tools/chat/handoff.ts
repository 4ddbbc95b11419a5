import type { ChatConnection } from '../../net/chat-client.js';
import type { ChatEvent, ChatServer } from '../../net/chat-server.js';

/**
 * What `netlearn connect` hands the chat screen: the open connection and the lines that arrived
 * before the screen subscribed. The command reports a refused connection plainly, so the screen
 * never connects twice.
 */
export interface ChatHandoff {
  connection: ChatConnection;
  early: string[];
  closedEarly: boolean;
  /** Stops collecting early lines; the screen calls it once it listens itself. */
  release: () => void;
}

/** Starts collecting what arrives on `connection` until a screen takes it over. */
export function connectionHandoff(connection: ChatConnection): ChatHandoff {
  const early: string[] = [];
  const handoff: ChatHandoff = { connection, early, closedEarly: false, release: () => {} };
  const collect = (line: string) => early.length < 1000 && early.push(line);
  const closed = () => (handoff.closedEarly = true);
  connection.on('line', collect);
  connection.once('close', closed);
  handoff.release = () => {
    connection.off('line', collect);
    connection.off('close', closed);
  };
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
  release: () => void;
}

/** Call before listening, so the screen sees the `listening` event too; fill in the port after. */
export function serverHandoff(handoff: Omit<ServerHandoff, 'early' | 'release'>): ServerHandoff {
  const early: ChatEvent[] = [];
  const collect = (event: ChatEvent) => early.length < 500 && early.push(event);
  handoff.server.on('event', collect);
  return { ...handoff, early, release: () => handoff.server.off('event', collect) };
}

/** Starts `server` listening, with its early events kept for the screen; rejects with the listen error. */
export async function listenWithHandoff(server: ChatServer, host: string): Promise<ServerHandoff> {
  const handoff = serverHandoff({ server, host, port: 0, reachable: [] });
  try {
    handoff.port = (await server.listen()).port;
  } catch (error) {
    handoff.release();
    throw error;
  }
  return handoff;
}
