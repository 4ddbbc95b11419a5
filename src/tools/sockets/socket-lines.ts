import { endTuple, type SocketRow } from '../../core/sockets/socket-model.js';
import type { SocketScope } from './look.js';
import type { SocketsWords } from './words.en.js';

/** `('127.0.0.1', 45522) -> ('127.0.0.1', 5050)`, or only the local end for a listener. */
function socketEnds(row: SocketRow): string {
  const local = endTuple(row.local, row.family);
  return row.state === 'LISTEN' ? local : `${local} -> ${endTuple(row.remote, row.family)}`;
}

/**
 * The queue sentences worth showing: none when both are empty. Only a listener's and a connected
 * socket's queues mean what the sentences say: in SYN_SENT or FIN_WAIT1 the kernel counts its own
 * SYN or FIN as a byte, and in CLOSE_WAIT the peer's FIN adds one to Recv-Q.
 */
export function queueNotes(row: SocketRow, words: SocketsWords): string[] {
  if (row.state === 'LISTEN') return row.recvQ > 0 ? [words.listenerQueue({ waiting: row.recvQ })] : [];
  const unread = row.state === 'CLOSE_WAIT' ? row.recvQ - 1 : row.state === 'ESTABLISHED' ? row.recvQ : 0;
  const notes: string[] = [];
  if (row.state === 'ESTABLISHED' && row.sendQ > 0) notes.push(words.sendQueue({ bytes: row.sendQ }));
  if (unread > 0) notes.push(words.recvQueue({ bytes: unread }));
  return notes;
}

/** The first line of a socket: state, role, both ends as Python tuples, and its process when known. */
export function socketHeadline(row: SocketRow, words: SocketsWords): string {
  const owner = row.pid === null ? '' : `  ${words.owner({ pid: row.pid, process: row.process ?? '?' })}`;
  return `${row.state}  ${words.roles[row.role]}  ${socketEnds(row)}${owner}`;
}

/** How the heading names what is shown. */
export function scopeText(scope: SocketScope, ports: readonly number[], words: SocketsWords): string {
  if (scope.kind === 'all') return words.scopeAll;
  return scope.kind === 'ports' ? words.scopePorts({ ports }) : words.scopeDefault({ ports });
}

/** `14:03:07.215`: local time to the millisecond, since states on loopback last milliseconds. */
export function clockTime(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
