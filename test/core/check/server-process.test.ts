import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argvFromCmdline, threadsFromStatus } from '../../../src/core/check/process-text.js';
import {
  describeProcess,
  portSharing,
  processLeaks,
  shortCommand,
  type ListeningSocket,
  type ServerProcess,
  type ServerProcessSnapshot,
} from '../../../src/core/check/server-process.js';
import { guessRuntime } from '../../../src/core/check/server-runtime.js';

function server(overrides: Partial<ServerProcess> = {}): ServerProcess {
  return {
    pid: 100,
    cmdline: ['python3', 'chat.py'],
    comm: 'python3',
    threads: 1,
    openFiles: 4,
    runtime: 'python',
    ...overrides,
  };
}

function listener(overrides: Partial<ListeningSocket> = {}): ListeningSocket {
  return { family: 'IPv4', address: '0.0.0.0', inode: 1, pid: 100, ...overrides };
}

function snapshot(overrides: Partial<ServerProcessSnapshot> = {}): ServerProcessSnapshot {
  return { port: 5050, listeners: [listener()], processes: [server()], closeWait: 0, established: 0, ...overrides };
}

describe('/proc process text', () => {
  it('splits cmdline on NUL and drops the final empty word', () => {
    expect(argvFromCmdline('python3\0chat.py\0--port\x005050\0')).toEqual(['python3', 'chat.py', '--port', '5050']);
    expect(argvFromCmdline('')).toEqual([]);
    expect(argvFromCmdline('nginx: master process')).toEqual(['nginx: master process']);
  });

  it('reads Threads: from status', () => {
    expect(threadsFromStatus('Name:\tpython3\nThreads:\t31\nSigQ:\t0/1\n')).toBe(31);
    expect(threadsFromStatus('Name:\tpython3\n')).toBeUndefined();
  });
});

describe('guessRuntime', () => {
  it.each([
    [['/usr/bin/python3.12', 'chat.py'], 'python3.12', 'python'],
    [['python'], 'python', 'python'],
    [['/home/ana/.venv/bin/python3', '-u', 'chat.py'], 'python3', 'python'],
    [['node', 'server.js'], 'node', 'node'],
    [['/usr/local/bin/node', '--watch', 'server.mjs'], 'MainThread', 'node'],
    [['./chat_server', '5050'], 'chat_server', 'native'],
    [['java', '-jar', 'chat.jar'], 'java', 'other'],
    [['ruby', 'chat.rb'], 'ruby', 'other'],
    // A program that rewrote its title: the kernel's name still says what runs.
    [['chat server on 5050'], 'python3', 'python'],
    [[], 'node', 'node'],
    [[], '', 'other'],
  ] as const)('%j, comm %s -> %s', (argv, comm, runtime) => {
    expect(guessRuntime(argv, comm)).toBe(runtime);
  });
});

describe('portSharing', () => {
  it('is not shared for one server, a dual-stack server, or a forked server', () => {
    expect(portSharing([snapshot()]).shared).toBe(false);
    const dual = snapshot({ listeners: [listener(), listener({ family: 'IPv6', address: '::', inode: 2 })] });
    expect(portSharing([dual]).shared).toBe(false);
    const forked = snapshot({ listeners: [listener(), listener({ pid: 101 })] });
    expect(portSharing([forked]).shared).toBe(false);
  });

  it('is shared for two programs, even on different families', () => {
    const two = snapshot({
      listeners: [listener({ address: '127.0.0.1' }), listener({ family: 'IPv6', address: '::1', inode: 2, pid: 200 })],
      processes: [server(), server({ pid: 200, cmdline: ['python3', 'old_chat.py'] })],
    });
    expect(portSharing([snapshot(), two])).toEqual({
      shared: true,
      sameAddress: false,
      unknownOwner: false,
      processes: [
        { pid: 100, cmdline: ['python3', 'chat.py'] },
        { pid: 200, cmdline: ['python3', 'old_chat.py'] },
      ],
    });
  });

  it('is shared for one program with two sockets on one address (SO_REUSEPORT twice)', () => {
    const twice = snapshot({ listeners: [listener(), listener({ address: '127.0.0.1', inode: 2 })] });
    expect(portSharing([twice])).toMatchObject({ shared: true, sameAddress: true, processes: [{ pid: 100 }] });
  });

  it('does not take a restart between snapshots for a second server', () => {
    const restarted = snapshot({ listeners: [listener({ inode: 9, pid: 300 })], processes: [server({ pid: 300 })] });
    expect(portSharing([snapshot(), restarted, undefined])).toMatchObject({ shared: false, processes: [{ pid: 300 }] });
    expect(portSharing([]).shared).toBe(false);
  });
});

describe('processLeaks', () => {
  it('reports CLOSE_WAIT, threads and files that stayed after 30 clients left', () => {
    const after = snapshot({ closeWait: 30, processes: [server({ threads: 31, openFiles: 34 })] });
    expect(processLeaks(snapshot(), after, { clients: 30 })).toEqual([
      { kind: 'close-wait', pid: undefined, before: 0, after: 30 },
      { kind: 'threads', pid: 100, before: 1, after: 31 },
      { kind: 'files', pid: 100, before: 4, after: 34 },
    ]);
  });

  it("leaves a runtime's few lazy helpers alone", () => {
    // Node starts its libuv pool of 4 on first use; an epoll and an eventfd descriptor come with it.
    const after = snapshot({ processes: [server({ threads: 5, openFiles: 6 })] });
    expect(processLeaks(snapshot(), after, { clients: 30 })).toEqual([]);
    // Without a client count, 5 more is enough.
    expect(processLeaks(snapshot(), snapshot({ processes: [server({ threads: 6 })] }))).toMatchObject([
      { kind: 'threads' },
    ]);
  });

  it('asks for half the clients to have stayed behind before calling threads a leak', () => {
    const after = snapshot({ processes: [server({ threads: 15 })] });
    expect(processLeaks(snapshot(), after, { clients: 30 })).toEqual([]);
    expect(processLeaks(snapshot(), snapshot({ processes: [server({ threads: 16 })] }), { clients: 30 })).toEqual([
      { kind: 'threads', pid: 100, before: 1, after: 16 },
    ]);
  });

  it('compares nothing across a restart, another port, or a missing snapshot', () => {
    const restarted = snapshot({ processes: [server({ pid: 300, threads: 50, openFiles: 50 })] });
    expect(processLeaks(snapshot(), restarted)).toEqual([]);
    expect(processLeaks(snapshot(), snapshot({ port: 6060, closeWait: 3 }))).toEqual([]);
    expect(processLeaks(undefined, snapshot())).toEqual([]);
    expect(processLeaks(snapshot(), undefined)).toEqual([]);
  });

  const counts = fc.record({
    closeWait: fc.nat(100),
    threads: fc.option(fc.nat(200), { nil: undefined }),
    openFiles: fc.option(fc.nat(200), { nil: undefined }),
  });

  it('never reports a leak when nothing grew', () => {
    fc.assert(
      fc.property(counts, counts, fc.nat(100), (a, b, clients) => {
        const low = (x?: number, y?: number) => (x === undefined || y === undefined ? x : Math.min(x, y));
        const before = snapshot({ closeWait: a.closeWait, processes: [server(a)] });
        const after = snapshot({
          closeWait: Math.min(a.closeWait, b.closeWait),
          processes: [server({ threads: low(b.threads, a.threads), openFiles: low(b.openFiles, a.openFiles) })],
        });
        expect(processLeaks(before, after, { clients })).toEqual([]);
      }),
    );
  });

  it('reports exactly what grew, with its counts, and never more after more clients', () => {
    fc.assert(
      fc.property(counts, counts, fc.nat(100), fc.nat(100), (a, b, fewer, more) => {
        const before = snapshot({ closeWait: a.closeWait, processes: [server(a)] });
        const after = snapshot({ closeWait: b.closeWait, processes: [server(b)] });
        const leaks = processLeaks(before, after, { clients: fewer });
        for (const leak of leaks) expect(leak.after).toBeGreaterThan(leak.before);
        const kinds = (clients: number) => processLeaks(before, after, { clients }).map((leak) => leak.kind);
        const [small, large] = fewer <= more ? [fewer, more] : [more, fewer];
        expect(kinds(small)).toEqual(expect.arrayContaining(kinds(large)));
      }),
    );
  });
});

describe('describeProcess', () => {
  it('names the program without its folder and keeps the arguments', () => {
    expect(describeProcess(server({ cmdline: ['/usr/bin/python3', 'chat.py'] }))).toEqual({
      pid: 100,
      command: 'python3 chat.py',
      runtime: 'python',
    });
    expect(shortCommand(['node', 'server.js', '--port', '5050'], 'node')).toBe('node server.js --port 5050');
    expect(shortCommand(['python3', 'my chat.py'], 'python3')).toBe("python3 'my chat.py'");
    expect(shortCommand([], 'kworker')).toBe('[kworker]');
  });

  it('keeps the script when the line is too long, its path cut from the left', () => {
    const script = '/home/ana/projects/networking-course/week-03/chat/server.py';
    expect(shortCommand(['/usr/bin/python3', '-u', script, '--port', '5050', '--log', 'debug'], 'python3')).toBe(
      'python3 … …/networking-course/week-03/chat/server.py …',
    );
    expect(shortCommand(['python3', 'chat.py', ...Array<string>(20).fill('--verbose')], 'python3')).toBe(
      'python3 chat.py …',
    );
  });

  it('is never longer than asked, and always starts with the program', () => {
    const word = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.integer({ min: 20, max: 80 }), (argv, max) => {
        const command = shortCommand(argv, 'x', max);
        expect(command.length).toBeLessThanOrEqual(max);
        const program = argv[0]!.slice(argv[0]!.lastIndexOf('/') + 1);
        if (/^[\w@%+=:,./-]+$/.test(program)) expect(command.startsWith(program.slice(0, max - 2))).toBe(true);
      }),
    );
  });
});
