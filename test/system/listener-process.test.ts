import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { portSharing, processLeaks } from '../../src/core/check/server-process.js';
import { readServerProcess } from '../../src/system/listener-process.js';
import { fakeProc, stdio, type FakeProcess, type Row } from '../helpers/fake-proc.js';
import { socketOwners } from '../../src/system/tcp-sockets.js';

describe('readServerProcess on a fake /proc', () => {
  it('finds one Python listener, its process, and the port connections in each state', () => {
    const root = fakeProc(
      [
        { local: ['127.0.0.1', 5050], state: 'LISTEN', inode: 1111 },
        { local: ['127.0.0.1', 5050], remote: ['127.0.0.1', 40000], state: 'ESTABLISHED', inode: 2222 },
        { local: ['127.0.0.1', 5050], remote: ['127.0.0.1', 40001], state: 'CLOSE_WAIT', inode: 3333 },
        // The client's end: its local port is ephemeral, so it is not the server's.
        { local: ['127.0.0.1', 40000], remote: ['127.0.0.1', 5050], state: 'ESTABLISHED', inode: 4444 },
        { local: ['127.0.0.1', 6060], state: 'LISTEN', inode: 5555 },
      ],
      [],
      [
        { pid: 7, argv: ['bash'], comm: 'bash', fds: [...stdio] },
        {
          pid: 100,
          argv: ['/usr/bin/python3.12', 'chat.py'],
          comm: 'python3.12',
          threads: 3,
          fds: [...stdio, 'socket:[1111]', 'socket:[2222]', 'socket:[3333]'],
        },
      ],
    );
    expect(readServerProcess(5050, { procRoot: root })).toEqual({
      port: 5050,
      listeners: [{ family: 'IPv4', address: '127.0.0.1', inode: 1111, pid: 100 }],
      processes: [
        {
          pid: 100,
          cmdline: ['/usr/bin/python3.12', 'chat.py'],
          comm: 'python3.12',
          threads: 3,
          openFiles: 6,
          runtime: 'python',
        },
      ],
      closeWait: 1,
      established: 1,
      acceptQueue: 0,
    });
  });

  it('sees two processes on one address (SO_REUSEPORT) and calls the port shared', () => {
    const root = fakeProc(
      [
        { local: ['0.0.0.0', 5050], state: 'LISTEN', inode: 11 },
        { local: ['0.0.0.0', 5050], state: 'LISTEN', inode: 22 },
      ],
      [],
      [
        { pid: 100, argv: ['python3', 'chat.py'], comm: 'python3', fds: [...stdio, 'socket:[11]'] },
        { pid: 200, argv: ['node', 'server.js'], comm: 'node', fds: [...stdio, 'socket:[22]'] },
      ],
    );
    const snapshot = readServerProcess(5050, { procRoot: root })!;
    expect(snapshot.listeners.map((socket) => socket.pid)).toEqual([100, 200]);
    expect(snapshot.processes.map((process) => process.runtime)).toEqual(['python', 'node']);
    expect(portSharing([snapshot])).toEqual({
      shared: true,
      sameAddress: true,
      unknownOwner: false,
      processes: [
        { pid: 100, cmdline: ['python3', 'chat.py'] },
        { pid: 200, cmdline: ['node', 'server.js'] },
      ],
    });
  });

  it('reads a server listening on IPv6 only', () => {
    const root = fakeProc(
      [],
      [{ local: ['::', 5050], state: 'LISTEN', inode: 66 }],
      [{ pid: 300, argv: ['./chat'], comm: 'chat', fds: [...stdio, 'socket:[66]'] }],
    );
    const snapshot = readServerProcess(5050, { procRoot: root })!;
    expect(snapshot.listeners).toEqual([{ family: 'IPv6', address: '::', inode: 66, pid: 300 }]);
    expect(snapshot.processes[0]!.runtime).toBe('native');
    expect(portSharing([snapshot]).shared).toBe(false);
  });

  it('counts a pile of CLOSE_WAIT sockets, which processLeaks reports against the start', () => {
    const clients = Array.from({ length: 30 }, (_, i) => i);
    const closed: Row[] = clients.map((i) => ({
      local: ['127.0.0.1', 5050],
      remote: ['127.0.0.1', 41000 + i],
      state: 'CLOSE_WAIT',
      inode: 9000 + i,
    }));
    const listener: Row = { local: ['127.0.0.1', 5050], state: 'LISTEN', inode: 1 };
    const server = (fds: string[]): FakeProcess => ({ pid: 100, argv: ['python3', 'chat.py'], comm: 'python3', fds });
    const before = readServerProcess(5050, {
      procRoot: fakeProc([listener], [], [server([...stdio, 'socket:[1]'])]),
    })!;
    const after = readServerProcess(5050, {
      procRoot: fakeProc(
        [listener, ...closed],
        [],
        [server([...stdio, 'socket:[1]', ...clients.map((i) => `socket:[${9000 + i}]`)])],
      ),
    })!;
    expect(after.closeWait).toBe(30);
    expect(after.established).toBe(0);
    expect(processLeaks(before, after, { clients: 30 })).toEqual([
      { kind: 'close-wait', pid: undefined, before: 0, after: 30 },
      { kind: 'files', pid: 100, before: 4, after: 34 },
    ]);
  });

  it('skips processes whose fd folder cannot be read, and leaves a listener nobody readable holds without a pid', () => {
    const root = fakeProc(
      [
        { local: ['127.0.0.1', 5050], state: 'LISTEN', inode: 1 },
        { local: ['::1', 5050], state: 'LISTEN', inode: 2 },
      ],
      [],
      [
        { pid: 1, argv: ['/sbin/init'], comm: 'systemd', fds: 'unreadable' },
        { pid: 100, argv: ['python3', 'chat.py'], comm: 'python3', fds: [...stdio, 'socket:[1]'] },
      ],
    );
    const snapshot = readServerProcess(5050, { procRoot: root })!;
    expect(snapshot.listeners).toEqual([
      { family: 'IPv4', address: '127.0.0.1', inode: 1, pid: 100 },
      { family: 'IPv6', address: '::1', inode: 2, pid: undefined },
    ]);
    expect(snapshot.processes.map((process) => process.pid)).toEqual([100]);
    // Someone the learner cannot see also listens on the port: that is a second server.
    expect(portSharing([snapshot])).toMatchObject({ shared: true, unknownOwner: true });
  });

  it("names only the parent of a forking server, whose children hold the parent's socket", () => {
    const root = fakeProc(
      [{ local: ['0.0.0.0', 5050], state: 'LISTEN', inode: 1 }],
      [],
      [100, 101, 102].map((pid) => ({
        pid,
        argv: ['python3', 'forking.py'],
        comm: 'python3',
        fds: [...stdio, 'socket:[1]'],
      })),
    );
    const snapshot = readServerProcess(5050, { procRoot: root })!;
    expect(snapshot.processes.map((process) => process.pid)).toEqual([100]);
    expect(portSharing([snapshot]).shared).toBe(false);
  });

  it('gives a snapshot with no listener when nothing listens on the port', () => {
    const root = fakeProc([{ local: ['127.0.0.1', 6060], state: 'LISTEN', inode: 1 }], [], []);
    expect(readServerProcess(5050, { procRoot: root })).toEqual({
      port: 5050,
      listeners: [],
      processes: [],
      closeWait: 0,
      established: 0,
      acceptQueue: 0,
    });
  });

  it('is undefined where there is no /proc', () => {
    expect(readServerProcess(5050, { procRoot: join(tmpdir(), 'netlearn-no-such-proc') })).toBeUndefined();
  });

  it('reads no more processes than asked, and stops once every socket has an owner', () => {
    const root = fakeProc(
      [],
      [],
      [
        { pid: 10, argv: ['a'], comm: 'a', fds: [...stdio] },
        { pid: 20, argv: ['b'], comm: 'b', fds: [...stdio, 'socket:[5]'] },
        { pid: 30, argv: ['c'], comm: 'c', fds: [...stdio, 'socket:[5]'] },
      ],
    );
    expect(socketOwners(new Set([5]), { procRoot: root, maxProcesses: 1 }).size).toBe(0);
    expect(socketOwners(new Set([5]), { procRoot: root })).toEqual(new Map([[5, { pid: 20, process: 'b' }]]));
  });
});

describe.runIf(process.platform === 'linux')('readServerProcess on a real Python server', () => {
  let server: ChildProcess | undefined;
  afterEach(() => {
    server?.kill();
    server = undefined;
  });

  it('finds its own Python server on port 0 and calls it python', async () => {
    const script = [
      'import socket, sys, time',
      's = socket.socket()',
      "s.bind(('127.0.0.1', 0))",
      's.listen()',
      'print(s.getsockname()[1], flush=True)',
      'time.sleep(60)',
    ].join('\n');
    server = spawn('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<number>((resolve, reject) => {
      server!.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      server!.once('error', reject);
    });
    const snapshot = readServerProcess(port);
    expect(snapshot?.listeners).toEqual([
      { family: 'IPv4', address: '127.0.0.1', inode: expect.any(Number), pid: server.pid },
    ]);
    expect(snapshot?.processes).toMatchObject([{ pid: server.pid, runtime: 'python', threads: 1 }]);
    // A version manager's shim may have run the real interpreter by its full path.
    expect(snapshot?.processes[0]!.cmdline).toEqual([expect.stringMatching(/python3[.\d]*$/), '-c', script]);
    expect(snapshot?.processes[0]!.openFiles).toBeGreaterThanOrEqual(4);
  });
});
