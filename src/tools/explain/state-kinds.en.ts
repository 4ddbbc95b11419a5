import { isLoopback, english as of, type Explanation } from './where.js';

/** The states of a pasted `ss`/`netstat` row, explained in English. */
const stateKinds = {
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
      `A connect() sent its SYN to ${of(p).at} and no answer has come back yet: the connection is not open, and ` +
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
} satisfies Record<string, Explanation>;

export default stateKinds;
