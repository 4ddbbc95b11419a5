import { afterEach } from 'vitest';
import en from '../../src/i18n/en/chat.js';
import { ChatServer, type ChatEvent, type ChatServerOptions } from '../../src/net/chat-server.js';
import { lineClient, type LineClient } from './line-client.js';

type RoomOptions = Partial<Omit<ChatServerOptions, 'host' | 'port'>>;

/**
 * A real chat server on loopback for one test file, and its clients: everything a test starts is
 * closed after it, so a failing test never leaves a port or a socket open.
 */
export function chatRoom() {
  let server: ChatServer | undefined;
  const clients: LineClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.socket.destroy();
    await server?.stop(50);
    server = undefined;
  });
  /** Closes this client after the test too. */
  const track = (client: LineClient): LineClient => {
    clients.push(client);
    return client;
  };
  return {
    track,
    /** Starts a server (English, generous limits unless the test sets them) and records its events. */
    async start(options: RoomOptions = {}) {
      const events: ChatEvent[] = [];
      server = new ChatServer({
        host: '127.0.0.1',
        port: 0,
        maxClients: 1000,
        maxPerAddress: 1000,
        wire: en.wire,
        ...options,
      });
      server.on('event', (event) => events.push(event));
      const { port } = await server.listen();
      return { port, events };
    },
    /** A client that has been welcomed. */
    async join(port: number): Promise<LineClient> {
      const client = track(await lineClient(port));
      await client.waitForLine('Welcome');
      return client;
    },
    /** Stops the server now, the way `serve` does on Ctrl+C. */
    async stopServer(): Promise<void> {
      await server?.stop();
      server = undefined;
    },
  };
}
