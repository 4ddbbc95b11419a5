import type { SocketEntry } from '../../src/core/sockets/proc-net-tcp.js';
import type { TcpState } from '../../src/core/sockets/tcp-states.js';
import type { SocketsSources } from '../../src/tools/sockets/sources.js';

const end = (port: number) => ({ address: '127.0.0.1', port });

/** One IPv4 loopback socket; `remote` 0 for a listener. A pid makes it python3's. */
export function socketEntry(local: number, remote: number, state: TcpState, pid: number | null = null): SocketEntry {
  return {
    family: 'IPv4',
    local: end(local),
    remote: remote === 0 ? { address: '0.0.0.0', port: 0 } : end(remote),
    state,
    sendQ: 0,
    recvQ: 0,
    inode: 0,
    pid,
    process: pid === null ? null : 'python3',
  };
}

/** A machine whose table the test changes by hand: the screen sees it at its next look. */
export function fakeMachine(table: SocketEntry[]): { sources: SocketsSources; set: (next: SocketEntry[]) => void } {
  let current = table;
  return {
    set: (next) => (current = next),
    sources: {
      readSockets: () => current,
      tableSource: 'a test table',
      owners: () => new Map(),
      isNetlearn: () => false,
      ephemeralRange: () => ({ start: 32_768, end: 60_999, source: 'test' }),
    },
  };
}

/**
 * A chat on 5050 with one client, and nothing else: what the app-wide tests show on the sockets
 * screen, whatever other programs on the machine running them hold.
 */
export const quietMachine: SocketsSources = fakeMachine([
  socketEntry(5050, 0, 'LISTEN', 4242),
  socketEntry(5050, 40000, 'ESTABLISHED'),
  socketEntry(40000, 5050, 'ESTABLISHED'),
]).sources;
