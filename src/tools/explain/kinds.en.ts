import type { ErrorKind } from '../../core/explain/error-kinds.js';
import programKinds from './program-kinds.en.js';
import stateKinds from './state-kinds.en.js';
import { english as of, isLoopback, type Explanation } from './where.js';

/** The troubles of a connection: binding, connecting, resets, names, encodings. */
const connectionKinds = {
  'address-in-use': {
    title: 'Address already in use',
    wire: (p) =>
      `Nothing went on the wire: bind() asked the OS for ${of(p).at} and the OS refused, because another socket ` +
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
      `Your connect() sent a SYN to ${of(p).at}; the other machine answered at once with RST: nobody is listening ` +
      'on that port there.',
    causes: [
      () => 'The server is not running yet (start it before the client), or it crashed.',
      (p) =>
        `It listens on another port or address than ${of(p).at}: a server bound to 127.0.0.1 can't be reached ` +
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
      `Packets went out to ${of(p).at} and nothing came back before the timeout: no SYN-ACK to a connect(), or no ` +
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
} satisfies Record<string, Explanation>;

/** Each trouble `netlearn explain` knows, in English. */
const kinds = { ...connectionKinds, ...stateKinds, ...programKinds } satisfies Record<ErrorKind, Explanation>;

export default kinds;
