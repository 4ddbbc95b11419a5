import { formatHextets } from '../ipv6.js';
import { tcpStateFromHex, type TcpState } from './tcp-states.js';

/** One end of a TCP socket: the address as Python prints it and the port. */
export interface Endpoint {
  address: string;
  port: number;
}

/** One TCP socket as the OS lists it, before netlearn says what it means. */
export interface SocketEntry {
  family: 'IPv4' | 'IPv6';
  local: Endpoint;
  remote: Endpoint;
  state: TcpState;
  /** Bytes sent and not yet acknowledged by the other side. */
  sendQ: number;
  /** Bytes received and not yet read by the program (on a listener: connections waiting for accept). */
  recvQ: number;
  /** The socket's inode (0 for TIME_WAIT and half-open entries, which no process holds). */
  inode: number;
  /** Who owns it, when the OS says: a process id and its name. */
  pid: number | null;
  process: string | null;
}

/** How the machine stores a 32-bit word: /proc prints addresses in host order (x86 and ARM: 127.0.0.1 is 0100007F). */
export type ByteOrder = 'LE' | 'BE';

/** The four bytes of a 32-bit word written as 8 hex digits in host byte order, in network order. */
function wordBytes(hex: string, order: ByteOrder): number[] {
  const bytes = [0, 2, 4, 6].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return order === 'LE' ? bytes.reverse() : bytes;
}

/** `0100007F` -> 127.0.0.1; 32 hex digits (four host-order words) -> RFC 5952 IPv6 text. */
export function procAddress(hex: string, order: ByteOrder = 'LE'): string {
  if (hex.length === 8) return wordBytes(hex, order).join('.');
  if (hex.length !== 32) throw new RangeError(`not a /proc address: ${hex}`);
  const bytes = [0, 8, 16, 24].flatMap((at) => wordBytes(hex.slice(at, at + 8), order));
  const groups = [0, 2, 4, 6, 8, 10, 12, 14].map((at) => bytes[at]! * 256 + bytes[at + 1]!);
  return formatHextets(groups);
}

const line =
  /^\s*\d+:\s+([0-9A-F]{8}|[0-9A-F]{32}):([0-9A-F]{4})\s+([0-9A-F]{8}|[0-9A-F]{32}):([0-9A-F]{4})\s+([0-9A-F]{2})\s+([0-9A-F]{8}):([0-9A-F]{8})\s+\S+\s+\S+\s+\d+\s+\d+\s+(\d+)/i;

/**
 * Every socket in the text of /proc/net/tcp or /proc/net/tcp6. Ports are printed big-endian
 * (`13BA` is 5050); addresses in the machine's byte order; queues in hex. The header and any line
 * that is not a socket are skipped.
 */
export function parseProcNetTcp(text: string, order: ByteOrder = 'LE'): SocketEntry[] {
  const entries: SocketEntry[] = [];
  for (const row of text.split('\n')) {
    const match = line.exec(row);
    if (!match) continue;
    const [, localHex, localPort, remoteHex, remotePort, stateHex, tx, rx, inode] = match;
    const state = tcpStateFromHex(stateHex!);
    if (!state) continue;
    entries.push({
      family: localHex!.length === 8 ? 'IPv4' : 'IPv6',
      local: { address: procAddress(localHex!, order), port: Number.parseInt(localPort!, 16) },
      remote: { address: procAddress(remoteHex!, order), port: Number.parseInt(remotePort!, 16) },
      state,
      sendQ: Number.parseInt(tx!, 16),
      recvQ: Number.parseInt(rx!, 16),
      inode: Number(inode),
      pid: null,
      process: null,
    });
  }
  return entries;
}
