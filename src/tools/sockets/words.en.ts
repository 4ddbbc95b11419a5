import { defaultChat } from '../../core/default-chat.js';
import { defineWords } from '../tool.js';

/** The default chat, as the hint and help name it. */
const chatPort = defaultChat.port;

/** `netlearn sockets` and its screen: TCP states and roles in a learner's words. */
const words = defineWords({
  title: 'Sockets and their states',
  hint: "This machine's TCP sockets live: who listens, who connected, who closed first",
  help: {
    summary: "This machine's TCP sockets and their states, in a learner's terms",
    details:
      `Without --port: the ports netlearn itself uses (${chatPort} for serve and connect, and whatever ` +
      'netlearn demo or serve is listening on right now). Read from /proc/net/tcp and tcp6 on Linux, ' +
      'from netstat on macOS and Windows.',
    options: {
      port: 'Only sockets with an end on this port (repeat for more)',
      all: 'Every TCP socket on this machine',
      watch: 'Keep looking and print each change of state with its time (Ctrl+C stops)',
      interval:
        'With --watch: milliseconds between looks (default 10; longer when a look is slow, so it never hogs the CPU)',
    },
    examples: [
      `netlearn sockets --port ${chatPort}`,
      'netlearn sockets --all --json',
      `netlearn sockets --port ${chatPort} --watch`,
    ],
  },
  roles: {
    listener: 'listener',
    server: "server's side",
    client: "client's side",
    unknown: 'side unknown',
  },
  /** One line per state: what it means for the program that holds the socket. */
  states: {
    LISTEN: 'Waiting for clients: listen() was called, accept() hands out each one that connects',
    SYN_SENT: 'connect() sent SYN and waits for the SYN-ACK',
    SYN_RECV: 'A SYN arrived and SYN-ACK went back; waiting for the last ACK of the handshake',
    NEW_SYN_RECV: 'Half-open: the handshake is in progress and no socket exists for it yet',
    ESTABLISHED: 'Connected: both sides can send() and recv()',
    FIN_WAIT1: 'This side called close(), sent FIN and waits for it to be acknowledged',
    FIN_WAIT2: "This side closed; the other acknowledged but hasn't closed yet",
    TIME_WAIT: 'This side closed first; the OS keeps the pair for about 60 s so late packets die',
    CLOSE: 'Closed, no longer in use',
    CLOSE_WAIT: 'The other side closed (recv() returned b""); this program has not called close() yet',
    LAST_ACK: 'The other side closed, this side closed too and waits for the final ACK',
    CLOSING: 'Both sides closed at the same moment; waiting for the last ACK',
  },
  labels: {
    role: 'Role',
    local: 'This end',
    remote: 'Other end',
    state: 'State',
    queues: 'Queues',
    owner: 'Process',
  },
  scopeDefault: (p: { ports: readonly number[] }) => `netlearn's ports: ${p.ports.join(', ')}`,
  scopePorts: (p: { ports: readonly number[] }) => `port ${p.ports.join(', ')}`,
  scopeAll: 'every TCP socket',
  heading: (p: { scope: string; count: number; source: string }) =>
    `${p.count} TCP socket${p.count === 1 ? '' : 's'} (${p.scope}), read from ${p.source}`,
  none: (p: { scope: string }) =>
    `No TCP sockets (${p.scope}). Start one, e.g. netlearn serve, or python3 -m http.server 5050, and look again.`,
  listenerQueue: (p: { waiting: number }) =>
    `${p.waiting} connection${p.waiting === 1 ? '' : 's'} waiting for accept(): the server isn't accepting fast enough`,
  sendQueue: (p: { bytes: number }) =>
    `Send-Q ${p.bytes} bytes not yet acknowledged; if it keeps growing, the other side isn't reading`,
  recvQueue: (p: { bytes: number }) => `Recv-Q ${p.bytes} bytes arrived that this program hasn't read with recv() yet`,
  owner: (p: { pid: number; process: string }) => `${p.process} (pid ${p.pid})`,
  watching: (p: { scope: string; interval: number }) =>
    `Watching TCP sockets (${p.scope}) every ${p.interval} ms or so. Ctrl+C stops.`,
  changeLine: (p: { time: string; role: string; local: string; remote: string; from: string; to: string }) =>
    `${p.time}  ${p.role} ${p.local} -> ${p.remote}: ${p.from} -> ${p.to}`,
  screenPrompt: 'Port',
  screenPlaceholder: "empty: netlearn's ports; all: every socket",
  screenBadPort: 'Type a port from 0 to 65535, "all", or nothing for netlearn\'s own ports.',
  screenChanges: 'Changes, as they happen',
  screenMore: (p: { count: number; typed: boolean }) =>
    `…and ${p.count} more ${p.count === 1 ? 'socket' : 'sockets'}: ${p.typed ? '' : 'type a port to see fewer, or '}make the terminal taller.`,
  noProc:
    'Cannot read the TCP socket table on this machine (no /proc/net/tcp and no working netstat). ' +
    'Try ss -tan or netstat -an in a terminal.',
});

export type SocketsWords = typeof words;
export default words;
