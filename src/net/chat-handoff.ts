import type { ChatConnection } from './chat-client.js';

/**
 * Hands a connection made by `netlearn connect` to the chat screen, with the lines that arrived in
 * between (the welcome comes at once), so the command can report a refused connection plainly and
 * the screen never connects twice.
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
