import { ChatServer, type ChatServerOptions } from '../../src/net/chat-server.js';
import chatSources from '../../src/tools/chat/sources.js';
import { sweptRoom } from './class-room.js';
import { refusedChat } from './fake-chat.js';
import { quietMachine } from './fake-sockets.js';

/**
 * Sources for walking every screen: the chat server from the home menu would take port 5050, so
 * each one takes a free port; the chat client finds nobody and the sockets screen reads a fixed
 * table (what the machine has on 5050 changes between two renders compared); the class screen reads
 * a gradebook made for the test.
 */
export const allScreenFakes = {
  serve: { ...chatSources, createServer: (options: ChatServerOptions) => new ChatServer({ ...options, port: 0 }) },
  chat: refusedChat,
  sockets: quietMachine,
  // A gradebook of its own in a temporary folder, never the teacher's.
  class: sweptRoom(4).sources,
};
