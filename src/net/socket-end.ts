import type { Socket } from 'node:net';
import type { SocketEnd } from '../core/address-tuple.js';

/** The peer of a connected socket, as the accepting side sees it. */
export function remoteEnd(socket: Socket, unixPath?: string): SocketEnd {
  if (unixPath !== undefined || (socket.remoteAddress === undefined && socket.remotePort === undefined)) {
    return { address: '', family: 'Unix' };
  }
  return {
    address: socket.remoteAddress ?? '',
    port: socket.remotePort ?? 0,
    family: socket.remoteFamily === 'IPv6' ? 'IPv6' : 'IPv4',
  };
}

/** This side of a connected socket. */
export function localEnd(socket: Socket, unixPath?: string): SocketEnd {
  if (unixPath !== undefined) return { address: '', family: 'Unix' };
  const address = socket.localAddress ?? '';
  return { address, port: socket.localPort ?? 0, family: address.includes(':') ? 'IPv6' : 'IPv4' };
}
