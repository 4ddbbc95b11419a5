import { joinHostPort } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import { defineWords } from '../tool.js';

/** The default chat, as the hint and help name it. */
const { host: chatHost, port: chatPort } = defaultChat;
const chatAddress = joinHostPort(chatHost, chatPort);

/** `netlearn connect` and the chat screen: what the client says around the conversation. */
const words = defineWords({
  title: 'Chat client',
  hint: `Join the chat on ${chatAddress} (start the server first)`,
  help: {
    summary: 'A chat client for netlearn serve, nc -l or your own server',
    options: { port: `Port to connect to (default ${chatPort})` },
    examples: ['netlearn connect', `netlearn connect ${chatHost} --port ${chatPort}`],
  },
  connected: (p: { local: string; remote: string }) => `* Connected: you are ${p.local}, the server is ${p.remote}`,
  prompt: 'Type a line and press Enter',
  closed: '* The connection is closed. Esc goes back.',
  connecting: (p: { host: string; port: number }) => `Connecting to ${p.host}:${p.port}…`,
  host: 'Host',
  port: 'Port',
  attempt: (p: { count: number }) => `(Attempt ${p.count}.)`,
  afterRefusal: 'Start the server and press r, or press e to type where it listens.',
  addressIntro:
    'Where the chat server listens. Enter connects, and the address that answers is remembered as your server (the check starts there too).',
  keys: { scroll: 'scroll', retry: 'try again', edit: 'change address', connect: 'connect', field: 'field' },
});

export type ChatWords = typeof words;
export default words;
