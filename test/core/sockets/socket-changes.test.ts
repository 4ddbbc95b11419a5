import { describe, expect, it } from 'vitest';
import { socketChanges, socketKeys } from '../../../src/core/sockets/socket-changes.js';
import type { SocketRow } from '../../../src/core/sockets/socket-model.js';
import type { TcpState } from '../../../src/core/sockets/tcp-states.js';

function row(localPort: number, remotePort: number, state: TcpState): SocketRow {
  return {
    family: 'IPv4',
    local: { address: '127.0.0.1', port: localPort },
    remote: { address: '127.0.0.1', port: remotePort },
    state,
    sendQ: 0,
    recvQ: 0,
    inode: 0,
    pid: null,
    process: null,
    role: 'unknown',
  };
}

const summary = (before: SocketRow[], after: SocketRow[]) =>
  socketChanges(socketKeys(before), socketKeys(after)).map(
    (change) => `${change.socket.local.port}: ${change.from ?? 'new'} -> ${change.to ?? 'gone'}`,
  );

describe('socket changes between two looks', () => {
  it('reports a new socket, a new state and a socket gone', () => {
    expect(
      summary(
        [row(5050, 40000, 'ESTABLISHED'), row(40000, 5050, 'ESTABLISHED')],
        [row(5050, 40000, 'TIME_WAIT'), row(5050, 40002, 'ESTABLISHED')],
      ),
    ).toEqual(['5050: ESTABLISHED -> TIME_WAIT', '5050: new -> ESTABLISHED', '40000: ESTABLISHED -> gone']);
  });

  it('reports nothing when nothing changed', () => {
    const rows = [row(5050, 0, 'LISTEN'), row(5050, 40000, 'CLOSE_WAIT')];
    expect(summary(rows, rows)).toEqual([]);
  });

  it('tells apart two listeners on the same address and port (SO_REUSEPORT)', () => {
    expect(summary([row(5050, 0, 'LISTEN')], [row(5050, 0, 'LISTEN'), row(5050, 0, 'LISTEN')])).toEqual([
      '5050: new -> LISTEN',
    ]);
  });
});
