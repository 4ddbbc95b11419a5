import { describe, expect, it } from 'vitest';
import { readServerProcess } from '../../src/system/listener-process.js';
import { fakeProc, stdio } from '../helpers/fake-proc.js';

describe('readServerProcess for one address of a class on one port', () => {
  const root = () =>
    fakeProc(
      [
        { local: ['127.0.0.2', 5050], state: 'LISTEN', inode: 1111 },
        { local: ['127.0.0.3', 5050], state: 'LISTEN', inode: 2222 },
        { local: ['127.0.0.3', 5050], remote: ['127.0.0.1', 40001], state: 'CLOSE_WAIT', inode: 3333 },
      ],
      [{ local: ['::', 6060], state: 'LISTEN', inode: 4444 }],
      [
        { pid: 100, argv: ['python3', 'ana.py'], comm: 'python3', fds: [...stdio, 'socket:[1111]'] },
        { pid: 200, argv: ['python3', 'beto.py'], comm: 'python3', fds: [...stdio, 'socket:[2222]', 'socket:[3333]'] },
        { pid: 300, argv: ['node', 'dual.js'], comm: 'node', fds: [...stdio, 'socket:[4444]'] },
      ],
    );

  it("sees only the server on the student's own address, not a neighbour's on the same port", () => {
    const snapshot = readServerProcess(5050, { procRoot: root(), addresses: ['127.0.0.2'] })!;
    expect(snapshot.processes.map((process) => process.pid)).toEqual([100]);
    expect(snapshot.closeWait).toBe(0);
  });

  it('takes a listener on :: as serving an IPv4 address too', () => {
    const snapshot = readServerProcess(6060, { procRoot: root(), addresses: ['127.0.0.9'] })!;
    expect(snapshot.processes.map((process) => process.pid)).toEqual([300]);
  });
});
