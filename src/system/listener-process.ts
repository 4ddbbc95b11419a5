import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { argvFromCmdline, threadsFromStatus } from '../core/check/process-text.js';
import type { ServerProcess, ServerProcessSnapshot } from '../core/check/server-process.js';
import { guessRuntime } from '../core/check/server-runtime.js';
import { boundAnswers } from '../core/check/local-listener.js';
import { readProcSockets, socketOwners } from './tcp-sockets.js';

/** Read at most this many processes' fd/ folders looking for the listener's owner: a snapshot stays cheap. */
const maxProcesses = 4096;

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function countEntries(path: string): number | undefined {
  try {
    return readdirSync(path).length;
  } catch {
    return undefined;
  }
}

function readProcess(procRoot: string, pid: number): ServerProcess {
  const cmdline = argvFromCmdline(readText(`${procRoot}/${pid}/cmdline`) ?? '');
  const comm = readText(`${procRoot}/${pid}/comm`)?.trim() ?? '';
  return {
    pid,
    cmdline,
    comm,
    threads: threadsFromStatus(readText(`${procRoot}/${pid}/status`) ?? ''),
    openFiles: countEntries(`${procRoot}/${pid}/fd`),
    runtime: guessRuntime(cmdline, comm),
  };
}

/**
 * What Linux says about the server on `port` right now: its listening sockets (IPv4 and IPv6), the
 * processes holding them, and how many of the port's connections are established or left in
 * CLOSE_WAIT. Undefined where there is no /proc (macOS, Windows). No listener gives a snapshot
 * with none: the server is not running, which is evidence too. With `addresses` (what the checker
 * connects to), only the sockets that serve those addresses count: a class of servers on one port,
 * each on its own address, are separate servers.
 */
export function readServerProcess(
  port: number,
  options: { procRoot?: string; addresses?: readonly string[] } = {},
): ServerProcessSnapshot | undefined {
  const procRoot = options.procRoot ?? '/proc';
  if (!existsSync(`${procRoot}/net/tcp`) && !existsSync(`${procRoot}/net/tcp6`)) return undefined;
  const { addresses } = options;
  const serves = (bound: string) => addresses === undefined || addresses.some((to) => boundAnswers(bound, to));
  const onPort = readProcSockets(procRoot).filter(
    (socket) => socket.local.port === port && serves(socket.local.address),
  );
  const listening = onPort.filter((socket) => socket.state === 'LISTEN');
  const owners = socketOwners(new Set(listening.map((socket) => socket.inode)), { procRoot, maxProcesses });
  const listeners = listening.map((socket) => ({
    family: socket.family,
    address: socket.local.address,
    inode: socket.inode,
    pid: owners.get(socket.inode)?.pid,
  }));
  const pids = [...new Set(listeners.flatMap((socket) => (socket.pid === undefined ? [] : [socket.pid])))];
  return {
    port,
    listeners,
    processes: pids.sort((a, b) => a - b).map((pid) => readProcess(procRoot, pid)),
    closeWait: onPort.filter((socket) => socket.state === 'CLOSE_WAIT').length,
    established: onPort.filter((socket) => socket.state === 'ESTABLISHED').length,
    acceptQueue: listening.reduce((sum, socket) => sum + socket.recvQ, 0),
  };
}
