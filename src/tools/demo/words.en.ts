import { defineWords } from '../tool.js';
import diagram from './diagram-words.en.js';

/** `1 byte`, `2 bytes`: the number with the word that agrees with it. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The live demo's words: the piped scene's lines, the demo screen, its help. */
const words = defineWords({
  title: 'Live demo',
  hint: "A real server: watch each client's address tuple appear",
  help: {
    summary: "The live demo: a server, clients, and each connection's address tuple",
    options: {
      clients: 'How many clients the scripted scene connects (piped runs)',
      family: 'inet (default), inet6 or unix',
      port: 'Listen on this port instead of a free one',
    },
    examples: ['netlearn demo', 'netlearn demo --clients 3 --json'],
  },
  greeting: (p: { client: number }) => `¡Hola! I am client ${p.client} — ñandú`,
  log: {
    listening: (p: { address: string; port: number | null; family: string; movedFrom?: number }) =>
      `Server listening on ${p.address}${p.port === null ? '' : ` port ${p.port}`} (${p.family})` +
      `${p.movedFrom ? ` (port ${p.movedFrom} was taken meanwhile, so the OS gave a new one)` : ''}`,
    connected: (p: { client: number; local: string; remote: string }) =>
      `Client ${p.client} connected: its own socket is ${p.local}, the server is ${p.remote}`,
    accepted: (p: { client: number; tuple: string; outside: boolean }) =>
      `Server accepted client ${p.client}${p.outside ? ' (from outside the demo)' : ''}: conn, addr = s.accept() gives addr = ${p.tuple}`,
    message: (p: { client: number; text: string; bytes: number; hex: string }) =>
      `Client ${p.client} sent "${p.text}" (${count(p.bytes, 'byte', 'bytes')}: ${p.hex})`,
    closed: (p: { client: number; by: 'client' | 'server'; reset: boolean }) =>
      `Client ${p.client} closed by the ${p.by}${p.reset ? ' (connection reset)' : ''}`,
    failed: (p: { client: number; code: string }) => `Client ${p.client} could not connect (${p.code})`,
    stopped: 'Server stopped; the port is free again',
  },
  diagram,
  screen: {
    python: 'The same in Python',
    waiting: 'Waiting for clients. Press a to add one.',
    stopped: 'The server is stopped. Press r to start it again.',
    starting: 'Starting the server…',
    /** The header's line when the port asked for is taken; the socket error's code follows. */
    portInUse: (p: { host: string; port: number }) =>
      `Port ${p.port} on ${p.host} is already in use (another netlearn serve, or your own server?)`,
    server: 'Server',
    clients: (p: { open: number; total: number }) => `Clients: ${p.open} open, ${p.total} in all`,
    listeningSockets: (p: { listening: number; count: number }) =>
      `sockets: ${p.listening} listening + ${p.count} connected`,
    noClients: 'No clients yet.',
    log: 'Events',
    tryOutside: (p: { command: string }) => `From another terminal: ${p.command}`,
    you: 'client',
    accepted: 'accepted',
    connected: 'connected',
    outside: 'outside',
    closedBy: (p: { by: 'client' | 'server' }) => `closed by the ${p.by}`,
    reset: 'reset',
    bytes: (p: { bytes: number }) => count(p.bytes, 'byte', 'bytes'),
    sendTo: (p: { client: number }) => `Message from client ${p.client}:`,
    selected: (p: { client: number }) => `selected: client ${p.client}`,
    autoplay: 'auto-play running…',
    addClientFirst: 'No client to send from: add one first with a.',
    outsideTypes: (p: { client: number }) => `Client ${p.client} is outside the demo (like nc): it types for itself.`,
    outsideCloses: (p: { client: number }) =>
      `Client ${p.client} is outside the demo: only its own program can close its end (Ctrl+C or Ctrl+D in nc). ` +
      'r stops the server, which closes it from the server side.',
    refused: (p: { target: string }) =>
      `Nothing listens on ${p.target} now, so the OS answered the client's SYN with a reset: in Python, ` +
      'connect() raises ConnectionRefusedError: [Errno 111] Connection refused. Press r to start the server.',
    panelMore: (p: { count: number }) => `↓ ${count(p.count, 'more row', 'more rows')} (PgDn)`,
    scrolled: (p: { count: number }) => `Scrolled up: ${count(p.count, 'newer event', 'newer events')} below (PgDn).`,
    explain: {
      title: 'What happened',
      listening: (p: { port: number }) =>
        `The server asked the OS for a free port (listen on port 0) and got ${p.port}. It now owns one socket: the listening one.`,
      fixedPortHint: (p: { port: number }) =>
        `It changes each time the demo opens. Press f to listen on ${p.port} instead, the same every time, so your own Python client needs no edit.`,
      outsideEnd: (p: { client: number }) =>
        `Client ${p.client} is another program (nc, your Python): its own end, what getsockname() returns over there, shows as ? here. That call runs inside that program; this server only learns the tuple accept() gave it.`,
      fixedPort: (p: { port: number }) =>
        `The server listens on port ${p.port}, as you asked. One socket so far: the listening one.`,
      accepted: (p: { client: number; port: number; range: string }) =>
        `Client ${p.client} got port ${p.port} from this machine's ephemeral range ${p.range}: the OS picks a free one for each outgoing connection. accept() gave the server a new socket just for it.`,
      sockets: (p: { count: number }) =>
        `The server holds ${count(p.count + 1, 'socket', 'sockets')}: 1 listening + ${p.count}, one per client.`,
      ss: 'The same in `ss -tn` (ESTAB rows, both directions):',
      message: (p: { client: number; bytes: number; chars: number }) =>
        `Client ${p.client} sent ${count(p.chars, 'character', 'characters')} as ${count(p.bytes, 'byte', 'bytes')} of UTF-8: non-ASCII characters take 2 to 4 bytes (highlighted).`,
      closed: (p: { client: number; by: 'client' | 'server' }) =>
        `Connection ${p.client} was closed by the ${p.by}: that side sent FIN, the other read b'' (empty) and closed too.`,
      stopped: 'The server closed every connection and then the listening socket; the port is free.',
      refused: (p: { client: number; code: string }) =>
        `Client ${p.client} knocked, but no socket listens on that port now: the OS answered its SYN with a reset (RST), and connect() failed with ${p.code}, the ConnectionRefusedError a Python client gets. Press r to start the server.`,
      refusedUnix: (p: { client: number; code: string }) =>
        `Client ${p.client} found no socket listening at that path: connect() failed with ${p.code} (in Python, FileNotFoundError when the file is gone, ConnectionRefusedError when nobody listens on it). Press r to start the server.`,
      unix: "Over a Unix socket there are no ports: the address is a file path, and a client has no name (Python shows '').",
    },
    keys: {
      add: 'add client',
      send: 'send',
      select: 'choose client',
      disconnect: 'disconnect',
      disconnectAll: 'all',
      server: 'stop/start server',
      auto: 'auto-play',
      explain: 'explain',
      events: 'events',
      scroll: 'scroll',
      fixedPort: (p: { port: number }) => `port ${p.port}`,
      anyPort: 'any port',
      confirm: 'send',
      cancel: 'cancel',
    },
  },
});

export type DemoWords = typeof words;
export default words;
