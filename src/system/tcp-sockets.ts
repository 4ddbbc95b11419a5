import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { endianness } from 'node:os';
import { parseMacNetstat, parseWindowsNetstat } from '../core/sockets/netstat.js';
import { parseProcNetTcp, type SocketEntry } from '../core/sockets/proc-net-tcp.js';

const tables = ['/proc/net/tcp', '/proc/net/tcp6'];

function readTable(path: string): string {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    // No IPv6 in this kernel (or no /proc at all): that table simply has no sockets.
    return '';
  }
}

/** This machine's TCP sockets, IPv4 then IPv6, straight from /proc (no root, no `ss`). */
export function readProcSockets(): SocketEntry[] {
  const order = endianness();
  return tables.flatMap((path) => parseProcNetTcp(readTable(path), order));
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

/**
 * Which process holds each socket inode, from the `socket:[inode]` links in /proc/PID/fd. Only the
 * user's own processes can be read without root; the others' sockets stay without an owner.
 */
export function socketOwners(inodes: ReadonlySet<number>): Map<number, { pid: number; process: string }> {
  const owners = new Map<number, { pid: number; process: string }>();
  if (inodes.size === 0) return owners;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return owners;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(Number(inode)) && !owners.has(Number(inode)))
        owners.set(Number(inode), { pid: Number(pid), process: processName(pid) });
    }
  }
  return owners;
}

function processName(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
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
