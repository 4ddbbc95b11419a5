import type { SocketEntry } from '../../core/sockets/proc-net-tcp.js';
import { readEphemeralRange, type EphemeralRange } from '../../system/ephemeral-range.js';
import {
  netstatCommand,
  processCommandLine,
  readNetstatSockets,
  readProcSockets,
  socketOwners,
} from '../../system/tcp-sockets.js';

/** What the sockets lab asks of this machine; screens and tests hand in fakes. */
export interface SocketsSources {
  /** Every TCP socket the OS lists right now. */
  readSockets: () => SocketEntry[];
  /** Where they were read from, for the heading. */
  tableSource: string;
  /** Which process holds each of these socket inodes, where the OS says. */
  owners: (inodes: ReadonlySet<number>) => Map<number, { pid: number; process: string }>;
  /** Whether a process is one of netlearn's own (its command line names netlearn's CLI). */
  isNetlearn: (pid: number) => boolean;
  ephemeralRange: () => EphemeralRange;
}

const linux = process.platform === 'linux';

const sources: SocketsSources = {
  readSockets: linux ? readProcSockets : () => readNetstatSockets(),
  tableSource: linux ? '/proc/net/tcp, /proc/net/tcp6' : netstatCommand(process.platform).join(' '),
  // netstat names the owner itself; /proc needs the scan of each process's file descriptors.
  owners: linux ? socketOwners : () => new Map(),
  isNetlearn: (pid) => /netlearn|(^|[\s/])dist\/(cli\.cjs|tui\/)/.test(processCommandLine(pid)),
  ephemeralRange: () => readEphemeralRange(),
};
export default sources;
