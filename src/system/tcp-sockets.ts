import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { endianness } from 'node:os';
import { parseMacNetstat, parseWindowsNetstat } from '../core/sockets/netstat.js';
import { parseProcNetTcp, type SocketEntry } from '../core/sockets/proc-net-tcp.js';

const tables = ['net/tcp', 'net/tcp6'];

function readTable(path: string): string {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    // No IPv6 in this kernel (or no /proc at all): that table simply has no sockets.
    return '';
  }
}

/**
 * This machine's TCP sockets, IPv4 then IPv6, straight from /proc (no root, no `ss`). `procRoot`
 * lets a test hand in a fake /proc tree.
 */
export function readProcSockets(procRoot = '/proc'): SocketEntry[] {
  const order = endianness();
  return tables.flatMap((path) => parseProcNetTcp(readTable(`${procRoot}/${path}`), order));
}

/** The netstat command line that lists TCP sockets with their owners on macOS and Windows. */
export function netstatCommand(platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? ['netstat', '-ano'] : ['netstat', '-anv', '-p', 'tcp'];
}

/**
 * This machine's TCP sockets from netstat, where there is no /proc (macOS, Windows). Throws when
 * netstat is missing or fails, so the caller can say so.
 */
export function readNetstatSockets(platform: NodeJS.Platform = process.platform): SocketEntry[] {
  const [command, ...args] = netstatCommand(platform);
  const text = execFileSync(command!, args, { encoding: 'utf8', timeout: 10_000, maxBuffer: 64 << 20 });
  return platform === 'win32' ? parseWindowsNetstat(text) : parseMacNetstat(text);
}

/** Where to look for socket owners: a fake /proc for tests, and how many processes to read at most. */
export interface OwnerScan {
  procRoot?: string;
  /** Processes whose fd/ folder is actually read (unreadable ones cost nothing and do not count). */
  maxProcesses?: number;
}

/**
 * Which process holds each socket inode, from the `socket:[inode]` links in /proc/PID/fd. Only the
 * user's own processes can be read without root; the others' sockets stay without an owner. The
 * scan goes by pid, lowest first (a forking server's parent before its children), and stops once
 * every inode has an owner.
 */
export function socketOwners(
  inodes: ReadonlySet<number>,
  { procRoot = '/proc', maxProcesses = Infinity }: OwnerScan = {},
): Map<number, { pid: number; process: string }> {
  const owners = new Map<number, { pid: number; process: string }>();
  if (inodes.size === 0) return owners;
  let pids: number[];
  try {
    pids = readdirSync(procRoot)
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .sort((a, b) => a - b);
  } catch {
    return owners;
  }
  let read = 0;
  for (const pid of pids) {
    if (owners.size === inodes.size || read >= maxProcesses) break;
    let fds: string[];
    try {
      fds = readdirSync(`${procRoot}/${pid}/fd`);
    } catch {
      continue;
    }
    read += 1;
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`${procRoot}/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(Number(inode)) && !owners.has(Number(inode)))
        owners.set(Number(inode), { pid, process: processName(procRoot, pid) });
    }
  }
  return owners;
}

function processName(procRoot: string, pid: number): string {
  try {
    return readFileSync(`${procRoot}/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** The command line of a process, to tell netlearn's own servers apart; empty when unreadable. */
export function processCommandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}
