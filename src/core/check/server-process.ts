import type { ServerRuntime } from './server-runtime.js';

/** One listening socket on the server's port, as /proc lists it, and the process holding it. */
export interface ListeningSocket {
  family: 'IPv4' | 'IPv6';
  address: string;
  inode: number;
  /** Undefined when no readable process holds it: another user's (or root's) program. */
  pid: number | undefined;
}

/** A process that holds one of the port's listening sockets. */
export interface ServerProcess {
  pid: number;
  /** argv as the process started (or rewrote) it; empty when unreadable. */
  cmdline: string[];
  /** The kernel's short name for the program (15 characters at most). */
  comm: string;
  threads: number | undefined;
  /** Entries in /proc/PID/fd: files, sockets and pipes the program has open. */
  openFiles: number | undefined;
  runtime: ServerRuntime;
}

/** What the machine says about the server on one port at one moment. */
export interface ServerProcessSnapshot {
  port: number;
  listeners: ListeningSocket[];
  /** Each process holding a listener, once, lowest pid first. */
  processes: ServerProcess[];
  /** Sockets on the port the client closed and the server has not: only close() ends them. */
  closeWait: number;
  established: number;
  /** Connections the kernel completed that the program has not accept()ed yet. */
  acceptQueue?: number;
}

/** Who listens on the port when more than one program (or one program twice) does. */
export interface PortSharing {
  shared: boolean;
  /** Two listeners on the same family and an overlapping address: SO_REUSEPORT lets both bind. */
  sameAddress: boolean;
  /** A listener whose process could not be read (another user's): it is not one of the others. */
  unknownOwner: boolean;
  processes: { pid: number; cmdline: string[] }[];
}

const wildcard = new Set(['0.0.0.0', '::']);

function overlap(a: ListeningSocket, b: ListeningSocket): boolean {
  return a.family === b.family && (a.address === b.address || wildcard.has(a.address) || wildcard.has(b.address));
}

function sharingAt(snapshot: ServerProcessSnapshot): PortSharing {
  const { listeners } = snapshot;
  // A forked child holds its parent's socket (same inode): one socket, not two servers.
  const sockets = [...new Map(listeners.map((socket) => [socket.inode, socket])).values()];
  const pids = [...new Set(sockets.flatMap((socket) => (socket.pid === undefined ? [] : [socket.pid])))];
  const unknownOwner = sockets.some((socket) => socket.pid === undefined);
  const sameAddress = sockets.some((a, i) => sockets.slice(i + 1).some((b) => overlap(a, b)));
  // One program on 0.0.0.0 and on :: is one dual-stack server; two programs are two servers.
  const shared = pids.length > 1 || (unknownOwner && sockets.length > 1 && pids.length > 0) || sameAddress;
  const processes = pids.map((pid) => ({
    pid,
    cmdline: snapshot.processes.find((process) => process.pid === pid)?.cmdline ?? [],
  }));
  return { shared, sameAddress, unknownOwner, processes };
}

/**
 * Whether another program listens on the server's port too, judged in each snapshot on its own (a
 * server restarted between snapshots has a new pid, which is not a second server). The first
 * snapshot that shows sharing answers; otherwise the last one, unshared.
 */
export function portSharing(snapshots: readonly (ServerProcessSnapshot | undefined)[]): PortSharing {
  const seen = snapshots.filter((snapshot) => snapshot !== undefined).map(sharingAt);
  return (
    seen.find((sharing) => sharing.shared) ??
    seen.at(-1) ?? { shared: false, sameAddress: false, unknownOwner: false, processes: [] }
  );
}

/** Something the server kept after every client left. */
export interface ProcessLeak {
  kind: 'close-wait' | 'threads' | 'files';
  /** The process it was counted in; undefined for close-wait, which is counted on the port. */
  pid: number | undefined;
  before: number;
  after: number;
}

/**
 * How much must stay behind before netlearn calls it a leak.
 * - close-wait: 1. CLOSE_WAIT has no timer; once all clients left (and the server had a moment to
 *   read their end of file), each new one is a socket the server will never close.
 * - threads and files: 5, and at least half the clients that came and went. A runtime starts a few
 *   helpers lazily and keeps them (Node's libuv pool of 4, Python's executor for getaddrinfo, an
 *   epoll or eventfd descriptor, a log file); a thread or socket per client left behind adds one
 *   per client, so after 30 clients 15 or more that stayed is that, not the runtime.
 */
const leakThresholds = { closeWait: 1, threads: 5, files: 5 } as const;

function grewBy(before: number | undefined, after: number | undefined, threshold: number): boolean {
  return before !== undefined && after !== undefined && after - before >= threshold;
}

/**
 * What the server holds after every client left that it did not hold before they came: compared per
 * process holding a listener in both snapshots (a server that restarted is not compared with itself).
 */
export function processLeaks(
  before: ServerProcessSnapshot | undefined,
  after: ServerProcessSnapshot | undefined,
  { clients = 0 }: { clients?: number } = {},
): ProcessLeak[] {
  if (!before || !after || before.port !== after.port) return [];
  const leaks: ProcessLeak[] = [];
  if (grewBy(before.closeWait, after.closeWait, leakThresholds.closeWait))
    leaks.push({ kind: 'close-wait', pid: undefined, before: before.closeWait, after: after.closeWait });
  const perClient = Math.ceil(clients / 2);
  for (const then of before.processes) {
    const now = after.processes.find((process) => process.pid === then.pid);
    if (!now) continue;
    if (grewBy(then.threads, now.threads, Math.max(leakThresholds.threads, perClient)))
      leaks.push({ kind: 'threads', pid: then.pid, before: then.threads!, after: now.threads! });
    if (grewBy(then.openFiles, now.openFiles, Math.max(leakThresholds.files, perClient)))
      leaks.push({ kind: 'files', pid: then.pid, before: then.openFiles!, after: now.openFiles! });
  }
  return leaks;
}

/** A process as netlearn names it to the learner: `python3 chat.py`, pid 4242, python. */
export interface ProcessDescription {
  pid: number;
  command: string;
  runtime: ServerRuntime;
}

function quoted(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `…/chat/server.py`: the end of a path within `room` characters, cut at a folder where one fits. */
function pathTail(path: string, room: number): string {
  if (path.length <= room) return path;
  const tail = path.slice(path.length - Math.max(1, room - 1));
  const folder = tail.indexOf('/');
  return `…${folder > 0 && folder < tail.length - 1 ? tail.slice(folder) : tail}`;
}

/**
 * The command line in a few words: the program's name without its folder, then the arguments, at
 * most `max` characters. When that is too long the script (the first argument that is not an
 * option) is kept, its path cut from the left, and the rest becomes `…`.
 */
export function shortCommand(argv: readonly string[], comm: string, max = 60): string {
  if (argv.length === 0) return comm ? `[${comm}]` : '?';
  const program = baseName(argv[0]!);
  const words = [program, ...argv.slice(1)].map(quoted);
  const whole = words.join(' ');
  if (whole.length <= max) return whole;
  const at = argv.findIndex((word, index) => index > 0 && !word.startsWith('-'));
  const head = quoted(program).slice(0, max - 2);
  if (at < 0) return `${whole.slice(0, max - 1)}…`;
  const rest = at < argv.length - 1 ? ' …' : '';
  const skipped = at > 1 ? ' …' : '';
  const room = max - head.length - skipped.length - rest.length - 1;
  if (room < 2) return `${head} …`;
  return `${head}${skipped} ${pathTail(quoted(argv[at]!), room)}${rest}`;
}

/** The words netlearn needs to name a server process: pid, short command line, runtime. */
export function describeProcess(process: ServerProcess, max = 60): ProcessDescription {
  return { pid: process.pid, command: shortCommand(process.cmdline, process.comm, max), runtime: process.runtime };
}
