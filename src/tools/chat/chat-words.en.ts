import { defineWords } from '../tool.js';

/** `netlearn connect` and the chat screen: what the client says around the conversation. */
const words = defineWords({
  title: 'Chat client',
  hint: 'Join the chat on 127.0.0.1:5050 (start the server first)',
  help: {
    summary: 'A chat client for netlearn serve, nc -l or your own server',
    options: { port: 'Port to connect to (default 5050)' },
    examples: ['netlearn connect', 'netlearn connect 127.0.0.1 --port 5050'],
  },
  connected: (p: { local: string; remote: string }) => `* Connected: you are ${p.local}, the server is ${p.remote}`,
  prompt: 'Type a line and press Enter',
  closed: '* The connection is closed. Esc goes back.',
  connecting: (p: { host: string; port: number }) => `Connecting to ${p.host}:${p.port}…`,
  keys: { scroll: 'scroll' },
});

export type ChatWords = typeof words;
export default words;
