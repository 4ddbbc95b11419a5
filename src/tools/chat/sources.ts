import { connectChat, type ChatConnection } from '../../net/chat-client.js';
import { ChatServer, type ChatServerOptions } from '../../net/chat-server.js';
import { ipv4Interfaces, type Ipv4Interface } from '../../system/interfaces.js';

export type { ChatEvent } from '../../net/chat-event.js';

/** The chat's real sockets and the interfaces a classroom server can be reached on. */
export interface ChatSources {
  connect: (host: string, port: number) => Promise<ChatConnection>;
  createServer: (options: ChatServerOptions) => ChatServer;
  interfaces: () => Ipv4Interface[];
}

const sources: ChatSources = {
  connect: (host, port) => connectChat(host, port),
  createServer: (options) => new ChatServer(options),
  interfaces: ipv4Interfaces,
};
export default sources;
