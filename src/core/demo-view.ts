import { pythonBindLine, pythonTuple } from './address-tuple.js';
import type { ListeningEvent } from './demo-events.js';
import type { DemoFamily } from './socket-options.js';

/** What the demo screen shows of its server, formatted once from the family asked for and the listening event. */
export interface DemoServerView {
  /** The loopback address the screen names: `::1` for IPv6, else `127.0.0.1`. */
  host: string;
  /** The port it listens on; 0 before it listens and for a Unix socket. */
  port: number;
  /** The listening socket as Python prints an address: `('127.0.0.1', 37565)`; unknown before it listens. */
  tuple?: string;
  /** The Python bind line; before the server listens the port is not known yet, so it shows PORT. */
  pythonLine: string;
  /** How to join from another terminal. */
  outsideCommand: string;
  /** Where a refused client knocked: the socket's path, or `host:port`. */
  refusedAt: (port: number) => string;
}

export function demoServerView(family: DemoFamily, listening: ListeningEvent | undefined): DemoServerView {
  const host = family === 'inet6' ? '::1' : '127.0.0.1';
  const port = listening?.port ?? 0;
  const unixPath = listening?.family === 'Unix' ? listening.address : undefined;
  return {
    host,
    port,
    tuple: listening
      ? pythonTuple({ address: listening.address, port: listening.port ?? undefined, family: listening.family })
      : undefined,
    pythonLine:
      listening?.pythonBind ?? pythonBindLine({ address: host, family: family === 'inet6' ? 'IPv6' : 'IPv4' }),
    outsideCommand: unixPath !== undefined ? `nc -U ${unixPath}` : `nc ${host} ${port}`,
    refusedAt: (knocked) => unixPath ?? `${host}:${knocked}`,
  };
}
