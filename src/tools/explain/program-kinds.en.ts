import { english as of, type Explanation } from './where.js';

/** Mistakes in the program itself: a closed socket, str for bytes, a set changed during a loop. */
const programKinds = {
  'too-many-files': {
    title: 'Too many open files',
    wire: () =>
      'Nothing was sent: every socket is a file descriptor, and this process reached its limit (ulimit -n), so ' +
      'the OS refused a new socket or a new accept().',
    causes: [
      () => 'Sockets of clients that left are never closed: each one keeps a descriptor until the program ends.',
      () => 'Really many clients at once for the limit the shell gave the program.',
    ],
    fixes: [
      () =>
        'Close every socket you are done with: when recv() gives b"" or raises, remove the client and call ' +
        'conn.close() (or use with conn:).',
      () => 'See the limit with ulimit -n; raise it for that shell with ulimit -n 4096 if you really need more.',
    ],
    show: (p) => of(p).sockets(),
  },
  'bad-descriptor': {
    title: 'Bad file descriptor (a closed socket)',
    wire: () =>
      'Nothing was sent: the socket was already closed in this program, so its number means nothing to the OS. ' +
      'Windows says the same as WinError 10038, "not a socket".',
    causes: [
      () => 'A send() or recv() after close(), often on a client that left but is still in the list.',
      () => 'One thread closed the socket while another was still using it.',
    ],
    fixes: [
      () => 'Remove a client from the list before (or as) you close it, under the same lock, so nobody sends to it.',
      () => 'Close each socket in one place only: the thread that serves that client.',
    ],
    show: (p) => of(p).sockets(true),
  },
  'not-connected': {
    title: 'Socket is not connected',
    wire: () =>
      'Nothing was sent: recv(), send() or getpeername() was called on a socket with no connection: one that ' +
      'never connected, or the listening socket itself.',
    causes: [
      () =>
        'On a server: reading the listening socket (s.recv) instead of the one accept() returned (conn.recv). ' +
        'The listening socket only accepts; each client has its own socket.',
      () => 'On a client: connect() was never called, or it failed and the program went on.',
    ],
    fixes: [
      () => 'Server: conn, addr = s.accept(), then conn.recv(1024) and conn.sendall(...).',
      () => 'Client: connect first, and stop if it raises: s.connect((host, port)).',
    ],
    show: (p) => of(p).sockets(),
  },
  'already-connected': {
    title: 'Socket is already connected',
    wire: () =>
      'Nothing was sent: connect() was called on a socket that is already connected. A TCP socket connects once, ' +
      'to one peer, for its whole life.',
    causes: [() => 'connect() twice on the same socket, for example inside a retry loop or a reconnect function.'],
    fixes: [
      () => 'Make a new socket for each attempt: s = socket.create_connection((host, port)) inside the loop.',
      () => 'After a connection ends, close that socket and create a new one to connect again.',
    ],
    show: (p) => of(p).sockets(),
  },
  'invalid-argument': {
    title: 'Invalid argument',
    wire: () =>
      'Nothing was sent: the OS refused the call because of what the socket already is, or what it was given ' +
      '(EINVAL).',
    causes: [
      () => 'listen() on a socket that already connected: a socket is either a server (bind, listen) or a client.',
      () => 'bind() twice on the same socket.',
      () => 'An IPv6 link-local address with %interface in a plain tuple (see "netlearn lesson ipv6").',
    ],
    fixes: [
      () => 'Use separate sockets: one that binds and listens, and new ones for each outgoing connection.',
      () => 'Bind each socket once, before listen().',
    ],
    show: (p) => of(p).sockets(),
  },
  'link-local-bind': {
    title: 'Invalid argument (an IPv6 link-local address)',
    wire: (p) =>
      `Nothing was sent: bind() was given ${p.host ?? 'a fe80:: address'} as text, and Linux needs the ` +
      'interface as a number in the address tuple, so it refuses with EINVAL.',
    causes: [
      () =>
        'A link-local address (fe80::...) only means something on one interface, and the %eth0 in the text ' +
        'is not read by bind().',
    ],
    fixes: [
      () =>
        "Let getaddrinfo build the tuple: addr = socket.getaddrinfo('fe80::...%eth0', port, socket.AF_INET6, " +
        'socket.SOCK_STREAM)[0][4], then s.bind(addr).',
      () => "Or give the 4-tuple yourself: s.bind(('fe80::...', port, 0, socket.if_nametoindex('eth0'))).",
    ],
    show: () => 'netlearn host',
  },
  'would-block': {
    title: 'Resource temporarily unavailable (a non-blocking socket)',
    wire: () =>
      'Nothing is wrong with the connection: the socket is non-blocking (setblocking(False) or settimeout(0)) and ' +
      'the call could not finish now: no data to recv(), nobody to accept(), or a connect() still on its way.',
    causes: [
      () => 'setblocking(False) without a way to wait until the socket is ready.',
      () => 'Windows reports the same as WinError 10035; macOS as Errno 35.',
    ],
    fixes: [
      () =>
        'Wait until it is ready with selectors (sel.register(conn, selectors.EVENT_READ)) and only then call recv().',
      () => 'Or keep the socket blocking (the default) and give each client a thread.',
    ],
    show: (p) => of(p).sockets(),
  },
  'family-mismatch': {
    title: 'Address family for hostname not supported',
    wire: (p) =>
      `Nothing was sent: the socket is of one family and the address another, e.g. an AF_INET (IPv4) socket ` +
      `given ${p.host ?? 'an IPv6 address such as ::1'}. This is not a name that could not be found.`,
    causes: [() => 'socket.socket() makes an IPv4 socket; ::1 and other IPv6 addresses need AF_INET6.'],
    fixes: [
      () => 'Make the socket for the address: socket.socket(socket.AF_INET6) for ::1, or use 127.0.0.1.',
      () => 'Or let Python choose: socket.create_connection((host, port)) tries each family getaddrinfo gives.',
    ],
    show: () => 'netlearn host',
  },
  'bytes-expected': {
    title: 'A bytes-like object is required, not str',
    wire: () =>
      'Nothing was sent: sockets carry bytes, and send() or sendall() was given a str. Text has to be encoded first.',
    causes: [() => 'conn.sendall("hola") instead of conn.sendall("hola".encode("utf-8")).'],
    fixes: [
      () =>
        'Encode on the way out and decode on the way in: conn.sendall(text.encode("utf-8")), then ' +
        'data.decode("utf-8").',
    ],
    show: () => 'netlearn utf8 "hola"',
  },
  'port-range': {
    title: 'Port out of range',
    wire: () =>
      'Nothing was sent: a port is a 16-bit number, from 0 to 65535, and the program asked for one outside it.',
    causes: [() => 'A typo (70000 for 7000), or a port read from input or a file without checking it.'],
    fixes: [() => 'Use a port from 1024 to 65535 for your own servers; check a port read from input before bind().'],
    show: (p) => of(p).tryBind(),
  },
  'changed-during-loop': {
    title: 'Set changed size during iteration',
    wire: () =>
      'Not a network error: a loop walked the set (or dict) of clients while something added or removed one, ' +
      'and Python stopped the loop.',
    causes: [
      () => 'A broadcast loop that removes a dead client from the same set it walks.',
      () => 'Another thread adds or removes a client (a join or a leave) while this one broadcasts.',
    ],
    fixes: [
      () => 'Walk a copy, and take the lock around every change: for conn in list(clients): ...',
      () => 'Collect the dead clients during the loop and remove them after it.',
    ],
    show: () => 'netlearn threads',
  },
  'json-extra-data': {
    title: 'JSONDecodeError: Extra data (two messages glued together)',
    wire: () =>
      'The bytes arrived fine: one recv() returned more than one JSON message (or a message and a half), and ' +
      'json.loads() expects exactly one. TCP is a stream: it keeps the order of the bytes, not your message ' +
      'boundaries.',
    causes: [() => 'The sender sent two messages quickly, and both landed in the same recv().'],
    fixes: [
      () =>
        'Frame the messages: one JSON per line (json.dumps(message) + "\\n") and read whole lines: ' +
        'for line in conn.makefile("r", encoding="utf-8"): message = json.loads(line).',
    ],
    show: () => 'netlearn lesson tcp-stream',
  },
  'keyboard-interrupt': {
    title: 'KeyboardInterrupt (Ctrl+C)',
    wire: (p) =>
      `Not a network error: Ctrl+C reached Python while the main thread was ${p.call ? `in ${p.call}()` : 'busy'}, ` +
      'and Python raised KeyboardInterrupt there. On Linux this interrupts a blocked accept().',
    causes: [
      () => 'You stopped the server with Ctrl+C: expected, but without a clean stop the clients are not told.',
      () =>
        'On Windows a blocked accept() may not notice Ctrl+C until a client connects: give the listening ' +
        'socket a timeout.',
    ],
    fixes: [
      () =>
        'Catch it around the loop and close cleanly: try: ... except KeyboardInterrupt: close every client, ' +
        'then the listening socket.',
      () => 'Give the listening socket a timeout (s.settimeout(1)) and catch TimeoutError, so the loop wakes up.',
      () => 'Set SO_REUSEADDR before bind so the restart does not fail with "Address already in use".',
    ],
    show: (p) => of(p).sockets(),
  },
} satisfies Record<string, Explanation>;

export default programKinds;
