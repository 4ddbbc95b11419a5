import { connectChat } from '../../net/chat-client.js';
import { ChatServer, type ChatWire } from '../../net/chat-server.js';
import { connectionHandoff, serverHandoff, type ChatHandoff, type ServerHandoff } from './handoff.js';

/** Where the chat screens go when opened from the home menu rather than by a command. */
export const defaultChat = { host: '127.0.0.1', port: 5050 };

/** The chat's real sockets: a client connection, or a server on this machine. */
export interface ServeSources {
  connect: (host: string, port: number) => Promise<ChatHandoff>;
  listen: (options: { host: string; port: number; wire: ChatWire }) => Promise<ServerHandoff>;
}

const sources: ServeSources = {
  connect: async (host, port) => connectionHandoff(await connectChat(host, port)),
  listen: async ({ host, port, wire }) => {
    const server = new ChatServer({ host, port, maxClients: 1000, wire });
    const handoff = serverHandoff({ server, host, port, reachable: [] });
    try {
      handoff.port = (await server.listen()).port;
    } catch (error) {
      handoff.release();
      throw error;
    }
    return handoff;
  },
};
export default sources;
