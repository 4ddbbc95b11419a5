import type { ErrorKind } from '../../core/explain/error-kinds.js';
import { commandsFor, isLoopback, type Where } from './where.js';

export type { Where } from './where.js';

/** The address, port and commands of one finding, with English placeholders for what the input left out. */
const of = (p: Where) => commandsFor(p, { host: '<host>', port: '<port>' });
const at = (p: Where) => of(p).at ?? 'the address';

/** One trouble explained: what happened, why, what to try, what shows it. */
export interface Explanation {
  title: string;
  wire: (p: Where) => string;
  causes: readonly ((p: Where) => string)[];
  fixes: readonly ((p: Where) => string)[];
  show: (p: Where) => string;
}

/** Each trouble `netlearn explain` knows, in English. */
const kinds = {
  'address-in-use': {
    title: 'Address already in use',
    wire: (p) =>
      `Nothing went on the wire: bind() asked the OS for ${at(p)} and the OS refused, because another socket ` +
      'already holds that address and port.',
    causes: [
      () => 'Your previous run of the server is still running (in another terminal, or in the background).',
      (p) =>
        `The server closed first a moment ago, and its connections on port ${of(p).port} wait in TIME_WAIT ` +
        'for about 60 s: without SO_REUSEADDR, Linux and macOS refuse the bind until they are gone.',
      () => 'Another program already uses that port.',
    ],
    fixes: [
      () =>
        'Set SO_REUSEADDR before bind, in every run of the server (Linux also checks that the old connections had ' +
        'it): s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1). On Windows use SO_EXCLUSIVEADDRUSE instead.',
      (p) => `Find who holds the port: ${of(p).sockets()} (a LISTEN row is a server still running).`,
      () => 'Or pick another port, or bind port 0 and let the OS choose.',
    ],
    show: (p) => `${of(p).sockets()}   and   ${of(p).tryBind()}`,
  },
  'connection-refused': {
    title: 'Connection refused',
    wire: (p) =>
      `Your connect() sent a SYN to ${at(p)}; the other machine answered at once with RST: nobody is listening ` +
      'on that port there.',
    causes: [
      () => 'The server is not running yet (start it before the client), or it crashed.',
      (p) =>
        `It listens on another port or address than ${at(p)}: a server bound to 127.0.0.1 can't be reached ` +
        "from another machine; one on ::1 can't be reached at 127.0.0.1.",
      () => 'A firewall that rejects (rather than drops) the connection.',
    ],
    fixes: [
      (p) => `Check that something listens: ${of(p).sockets()} should show a LISTEN row.`,
      () => 'Start the server first, and use the same host and port in both programs.',
      () =>
        'Catch it and retry or say so: try: s.connect(addr) except ConnectionRefusedError: print("server not running")',
    ],
    show: (p) => `${of(p).sockets()}   and   ${of(p).check()}`,
  },
  'connection-reset': {
    title: 'Connection reset by peer',
    wire: () =>
      'The other side sent RST instead of a polite FIN: the connection was torn down at once, and anything ' +
      'still in flight is lost.',
    causes: [
      () =>
        'The other program closed its socket (or ended, killed or not) with data it had not read still in its ' +
        'receive buffer: then its OS sends RST. A program killed with nothing unread sends an ordinary FIN, ' +
        'and you would see recv() return b"" instead.',
      () => 'It set SO_LINGER to 0 before close(), which always sends RST.',
      () => 'You wrote to a connection the other side had already closed, and then read.',
    ],
    fixes: [
      () =>
        'On a server, treat it as "this client left": try: data = conn.recv(1024) except ConnectionResetError: ' +
        'remove the client and conn.close(), then go on with the others.',
      () => 'A clean leave is recv() returning b"": handle both the same way.',
      () => 'On the side that closes, read what is pending (or shutdown(SHUT_WR) first) before close().',
    ],
    show: (p) => of(p).sockets(true),
  },
  'broken-pipe': {
    title: 'Broken pipe',
    wire: () =>
      'You called send() on a connection the other side has already closed (or reset): the OS knows there is ' +
      'nobody to read it and refuses the write.',
    causes: [
      () => 'The client left and the server still broadcasts to it.',
      () => 'The other side closed after an error of its own, and your program did not notice (it never read b"").',
    ],
    fixes: [
      () =>
        'Catch it where you send: try: conn.sendall(data) except (BrokenPipeError, ConnectionResetError): ' +
        'remove the client and conn.close().',
      () => 'When recv() returns b"", the peer is gone: close that socket and stop sending to it.',
    ],
    show: (p) => of(p).sockets(true),
  },
  'timed-out': {
    title: 'Timed out',
    wire: (p) =>
      `Packets went out to ${at(p)} and nothing came back before the timeout: no SYN-ACK to a connect(), or no ` +
      'data to a recv() with a timeout set.',
    causes: [
      (p) =>
        isLoopback(p.host)
          ? 'The server on this machine listens but never calls accept() (or is stuck elsewhere): once its ' +
            'backlog is full the OS drops new SYNs, and connect() waits until it gives up.'
          : 'No machine answers at that address (wrong IP, machine off), or a firewall silently drops the packets.',
      () => 'You set s.settimeout(...) and the other side simply had nothing to say in that time.',
      () => 'A slow network, or a server too busy to accept.',
    ],
    fixes: [
      (p) =>
        isLoopback(p.host)
          ? `${p.host} is this machine: look at the server instead. Does it reach accept()? ${of(p).sockets()} ` +
            'shows its LISTEN row; a Recv-Q above its Send-Q (the backlog) means nobody accepts.'
          : `Check the address: is ${of(p).host} the server's IP? From the same LAN, does ping reach it?`,
      () => 'If a recv() timed out on purpose, catch it: except TimeoutError: (socket.timeout before Python 3.10).',
      () => 'A refused connection fails at once; a timeout means nobody answered at all.',
    ],
    show: (p) => of(p).check(),
  },
  'no-route': {
    title: 'No route to host',
    wire: (p) =>
      `The OS found no way to deliver packets to ${p.host ?? 'that host'}: the network is known but the host ` +
      'did not answer at the link level (or a router said it is unreachable).',
    causes: [
      () => 'The machine is off, or not on the network you think (another Wi-Fi, another VLAN).',
      () => 'A firewall on the way answers with "host unreachable".',
    ],
    fixes: [
      () => "Check the server's IP on the server itself: netlearn host lists its interfaces.",
      () => 'Try ping from the client; test with 127.0.0.1 on one machine first.',
    ],
    show: () => 'netlearn host',
  },
  'network-unreachable': {
    title: 'Network is unreachable',
    wire: (p) => `Your machine has no route at all towards ${p.host ?? 'that address'}: nothing was sent.`,
    causes: [
      () => 'No network connection (Wi-Fi off, cable out).',
      () => 'An IPv6 address on a machine that has no IPv6 connectivity (common with ::-style addresses).',
    ],
    fixes: [
      () => 'Check your interfaces and their addresses: netlearn host.',
      () => 'Use an IPv4 address (AF_INET) if the network has no IPv6.',
    ],
    show: () => 'netlearn host',
  },
  'cannot-assign': {
    title: 'Cannot assign requested address',
    wire: (p) =>
      `bind() asked for ${p.host ?? 'an address'} and this machine has no interface with that address, so ` +
      'the OS cannot give it to your socket.',
    causes: [
      () => "You bound the server to another machine's IP (the server must bind one of its own addresses).",
      () => 'The address changed (DHCP gave a new one), or a typo.',
      () => 'On a client: no free ephemeral port left (thousands of connections in TIME_WAIT).',
    ],
    fixes: [
      (p) => `Bind one of this machine's addresses, or all of them: s.bind(("0.0.0.0", ${of(p).port})).`,
      () => "List this machine's addresses: netlearn host.",
    ],
    show: () => 'netlearn host',
  },
  'permission-denied': {
    title: 'Permission denied',
    wire: (p) =>
      `Nothing was sent: the OS refused to let this program bind port ${p.port ?? 'below 1024'} (if it came ` +
      'from bind()).',
    causes: [
      () => 'Ports below 1024 need root on Linux (net.ipv4.ip_unprivileged_port_start, 1024 by default).',
      () => 'On Windows: the port is reserved by the system (Hyper-V, WSL) or another program holds it exclusively.',
      () => 'Outside sockets: a file or folder your program may not open.',
    ],
    fixes: [
      () => 'Use a port from 1024 up for your own servers, e.g. 5050.',
      (p) => `See what this machine says about the port: netlearn port ${of(p).port}.`,
    ],
    show: (p) => of(p).tryBind(),
  },
  'name-unknown': {
    title: 'Name or service not known',
    wire: (p) =>
      `Before any connection, the resolver (hosts file, then DNS) could not turn ${p.host ? `"${p.host}"` : 'the name'} ` +
      'into an IP address; nothing was sent to the server.',
    causes: [
      () => 'A typo in the host name, or a name that only exists on another network.',
      () => 'No DNS: no network, or the name server is unreachable (EAI_AGAIN: "temporary failure").',
      () => 'An address and port glued into one string: ("127.0.0.1:5050", 5050) is not a host name.',
    ],
    fixes: [
      () => 'Use an IP address to test: s.connect(("127.0.0.1", 5050)).',
      () => 'Check what localhost and your hostname resolve to: netlearn host.',
    ],
    show: () => 'netlearn host',
  },
  'connection-aborted': {
    title: 'Connection aborted',
    wire: () =>
      'Your own machine tore the connection down (Windows WSAECONNABORTED 10053): usually after data could not ' +
      'be delivered or the other side vanished.',
    causes: [
      () => 'The other side closed or reset while you were sending; on Windows this often shows as 10053.',
      () => 'A firewall or antivirus cut the connection.',
    ],
    fixes: [
      () =>
        'Handle it like a reset: except (ConnectionAbortedError, ConnectionResetError): remove the client and ' +
        'conn.close().',
    ],
    show: (p) => of(p).sockets(true),
  },
  'unicode-decode': {
    title: 'UnicodeDecodeError',
    wire: () =>
      'The bytes arrived fine; .decode() failed on them: they are not valid text in that encoding, often because ' +
      'a recv() cut a character in half.',
    causes: [
      () =>
        'TCP has no message boundaries: recv(1024) can end in the middle of a 2-byte character such as ñ ' +
        '("unexpected end of data").',
      () => 'The other side sent another encoding (Latin-1, cp1252) or binary data.',
    ],
    fixes: [
      () =>
        'Frame by lines and decode whole lines: f = conn.makefile("r", encoding="utf-8", newline="\\n"); ' +
        'line = f.readline().',
      () => 'Or keep the bytes until a b"\\n" arrives, then decode: buffer += conn.recv(1024).',
      () => 'Both sides: .encode("utf-8") and .decode("utf-8") explicitly.',
    ],
    show: () => 'netlearn utf8 "ñandú"   and   netlearn utf8 --hex "c3"',
  },
  'unicode-encode': {
    title: 'UnicodeEncodeError',
    wire: () =>
      'Nothing was sent: .encode() (or print) could not write a character in the encoding it was given, usually ' +
      "'ascii' or a Windows code page.",
    causes: [
      () => 'An explicit .encode("ascii") or .encode("latin-1") on text with ñ, € or emoji.',
      () => 'print() to a terminal or file whose encoding is not UTF-8 (PYTHONIOENCODING, a Windows console).',
    ],
    fixes: [
      () => 'Encode as UTF-8: sock.sendall(text.encode("utf-8")).',
      () => 'Run with PYTHONUTF8=1 (or python3 -X utf8) so print uses UTF-8.',
    ],
    show: () => 'netlearn utf8 "€"',
  },
  'time-wait': {
    title: 'TIME_WAIT',
    wire: () =>
      "Not an error: the side that closed first keeps the connection's pair of addresses for about 60 s (2 x MSL " +
      'on Linux) so that late packets of the old connection die instead of landing in a new one.',
    causes: [
      () => 'The row belongs to whichever program called close() first; a server that closes first collects them.',
      () => 'Many of them on a client: it opens and closes many short connections.',
    ],
    fixes: [
      () =>
        'Nothing to fix; so that restarting the server never fails with "Address already in use", set ' +
        'SO_REUSEADDR before bind in every run: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1).',
    ],
    show: (p) => of(p).sockets(true),
  },
  'close-wait': {
    title: 'CLOSE_WAIT',
    wire: () =>
      'The other side closed (its FIN arrived, recv() returns b""), and the program holding this socket has not ' +
      'called close(). The kernel waits for it forever.',
    causes: [
      () => 'A server loop that ignores recv() == b"" and keeps the dead client in its list.',
      () => 'A thread per client that blocks elsewhere and never reaches conn.close().',
    ],
    fixes: [
      () => 'When data = conn.recv(1024) gives b"", remove the client and call conn.close() (or use with conn:).',
    ],
    show: (p) => of(p).sockets(true),
  },
  'fin-wait-2': {
    title: 'FIN-WAIT-2',
    wire: () =>
      'Not an error: this side closed (its FIN went out and was acknowledged) and now waits for the FIN of the ' +
      'other side, which still has the connection open in CLOSE-WAIT.',
    causes: [
      () => 'The other program saw recv() return b"" (or never read) and has not called close() yet.',
      () => 'A client that left while its server keeps the dead connection in its list.',
    ],
    fixes: [
      () =>
        'Look at the other side, not this one: its row is in CLOSE-WAIT. When recv() gives b"", it should remove ' +
        'that client and call close().',
      () => 'Linux drops a closed socket left in FIN-WAIT-2 after net.ipv4.tcp_fin_timeout (60 s by default).',
    ],
    show: (p) => of(p).sockets(true),
  },
  'syn-sent': {
    title: 'SYN-SENT',
    wire: (p) =>
      `A connect() sent its SYN to ${at(p)} and no answer has come back yet: the connection is not open, and ` +
      'Linux resends the SYN (6 times by default, about two minutes) before it gives up with a timeout.',
    causes: [
      (p) =>
        isLoopback(p.host)
          ? 'A server on this machine that listens but does not call accept(): its backlog is full and the OS ' +
            'ignores new SYNs until accept() makes room.'
          : 'Nobody answers at that address (wrong IP, machine off), or a firewall drops the SYN.',
      () => 'A server busy in a loop that never returns to accept().',
    ],
    fixes: [
      () => 'On the server, call accept() in a loop and hand each client to a thread, so the queue empties.',
      (p) => `Check the server's LISTEN row: ${of(p).sockets()} (Recv-Q above Send-Q means a full queue).`,
      () => 'Give connect() a limit so a client does not hang: socket.create_connection(addr, timeout=5).',
    ],
    show: (p) => of(p).sockets(true),
  },
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
    causes: [
      () => 'socket.socket() makes an IPv4 socket; ::1 and other IPv6 addresses need AF_INET6.',
      () => 'localhost resolved to ::1 in one program and 127.0.0.1 in the other.',
    ],
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
} satisfies Record<ErrorKind, Explanation>;

export default kinds;
