import { connectTarget, joinHostPort } from '../../core/address-tuple.js';
import { defaultChat } from '../../core/default-chat.js';
import type { CloseReason } from '../../net/chat-event.js';
import { defineWords } from '../tool.js';

/** The default chat, as the hint and help name it. */
const { host: chatHost, port: chatPort } = defaultChat;
const chatAddress = joinHostPort(chatHost, chatPort);

/** The exact commands that reach a server listening at `where`. */
function connectCommands(where: string): string {
  const { host, port } = connectTarget(where);
  return `netlearn connect ${host} --port ${port}, or nc ${host} ${port}`;
}

/** `1 byte`, `2 bytes`: the number with the word that agrees with it. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `netlearn serve` and its screen: the server's log, the screen around it, its help. */
const words = defineWords({
  title: 'Chat server',
  hint: `A line chat on ${chatAddress} that nc and your Python can join`,
  help: {
    summary: 'A line chat server for other terminals, nc and your own code',
    options: {
      host: `Address to listen on (default ${chatHost}; 0.0.0.0 for a classroom LAN)`,
      port: `Port to listen on (default ${chatPort})`,
      'max-clients': 'Refuse newcomers past this many (default 1000)',
      'max-per-address':
        'Connections one address may hold (default 4); not applied on loopback, where every client is you',
      'ipv6-prefix': 'IPv6 clients count as one address per network of this prefix (default 64: one machine)',
      'idle-timeout': 'Seconds a started line may stay unfinished (default 30)',
    },
    examples: ['netlearn serve', `netlearn serve --host 0.0.0.0 --port ${chatPort}`],
  },
  /** The server's own log, one line per event. */
  log: {
    listening: (p: { where: string; family: string }) =>
      `Listening on ${p.where} (${p.family}). Try: ${connectCommands(p.where)}`,
    reachable: 'Students can connect to:',
    networkWarning: (p: { host: string }) =>
      `Warning: listening on ${p.host}, so other machines on the network can reach this chat. Stop it with Ctrl+C when class ends.`,
    accepted: (p: { nick: string; tuple: string }) => `Accepted ${p.tuple} as ${p.nick}`,
    refused: (p: { tuple: string; max: number }) =>
      `Refused ${p.tuple}: already ${count(p.max, 'client', 'clients')} (--max-clients)`,
    refusedPerAddress: (p: { tuple: string; perAddress: number }) =>
      `Refused ${p.tuple}: its address already has ${count(p.perAddress, 'connection', 'connections')} (--max-per-address)`,
    message: (p: { nick: string; text: string; bytes: number }) =>
      `[${p.nick}] ${p.text}  (${count(p.bytes, 'byte', 'bytes')})`,
    renamed: (p: { from: string; to: string }) => `${p.from} is now ${p.to}`,
    truncated: (p: { nick: string; limit: number }) => `${p.nick} sent a line over ${p.limit} bytes; cut and told them`,
    closed: (p: { nick: string; tuple: string; reason: CloseReason }) =>
      `Closed ${p.nick} ${p.tuple}: ` +
      {
        quit: 'typed /quit',
        left: 'the client closed',
        reset: 'connection reset by the client',
        slow: 'dropped, it read too slowly and its buffer filled',
        idle: 'dropped, it left a line unfinished too long',
        server: 'closed by the server',
        error: 'connection error',
      }[p.reason],
    stopping: (p: { count: number }) =>
      `Stopping: telling ${count(p.count, 'client', 'clients')} the server is leaving`,
    dropped: (p: { count: number }) =>
      `${count(p.count, 'log line', 'log lines')} dropped: stdout was not keeping up (the chat went on)`,
    stdoutClosed:
      'netlearn: the reader of the log went away, so the log stops here; the chat goes on. Stop it with Ctrl+C.',
    stopped: 'Stopped; the port is free again',
  },
  screen: {
    starting: (p: { host: string; port: number }) => `Starting a chat server on ${p.host}:${p.port}…`,
    connectWith: (p: { port: number; host: string }) =>
      `Connect with: netlearn connect ${p.host} --port ${p.port}  ·  nc ${p.host} ${p.port}`,
    clients: (p: { count: number }) => `Connected: ${p.count}`,
    none: 'Nobody yet. Open another terminal and connect.',
    log: 'Events',
    stopHint: 'q, Esc or Ctrl+C stops the server and tells the clients.',
    host: 'Host',
    port: 'Port',
    afterFailure: 'Stop what holds that port and press r, or press e to pick another port (0 lets the OS choose).',
    addressIntro:
      'Where the chat server listens. 127.0.0.1 answers only this machine; 0.0.0.0 lets the classroom in. Port 0 lets the OS choose. Enter starts it.',
  },
  keys: { scroll: 'scroll', retry: 'try again', edit: 'change address', start: 'start', field: 'field' },
});

export type ServeWords = typeof words;
export default words;
