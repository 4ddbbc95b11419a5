import { pythonBindLine, pythonSocketLine, pythonTuple, type SocketEnd } from './address-tuple.js';

/** An address as the demo's JSON writes it. */
export interface Endpoint {
  address: string;
  /** null for a Unix socket. */
  port: number | null;
}

export type DemoFamilyName = SocketEnd['family'];

/** The server is listening; `pythonSocket` and `pythonBind` are the Python lines that do the same. */
export interface ListeningEvent {
  event: 'listening';
  family: DemoFamilyName;
  address: string;
  port: number | null;
  /** The port asked for, when someone had taken it meanwhile and the OS gave another. */
  movedFrom?: number;
  pythonSocket: string;
  pythonBind: string;
}

/** A built-in client connected: its own end (`getsockname()`) and the server's (`getpeername()`). */
export interface ConnectedEvent {
  event: 'connected';
  client: number;
  local: Endpoint;
  remote: Endpoint;
  family: DemoFamilyName;
  localTuple: string;
  remoteTuple: string;
}

/** The server accepted a connection; `tuple` is the address `accept()` returns. */
export interface AcceptedEvent {
  event: 'accepted';
  client: number;
  peer: Endpoint & { family: DemoFamilyName };
  tuple: string;
  outside?: true;
}

/** The demo's events, in the order a subscriber sees them; `--json` prints exactly these. */
export type DemoEvent =
  | ListeningEvent
  | ConnectedEvent
  | AcceptedEvent
  | { event: 'message'; client: number; text: string; bytes: number; hex: string }
  | { event: 'closed'; client: number; by: 'client' | 'server'; reset?: true }
  | { event: 'failed'; client: number; code: string }
  | { event: 'stopped' };

function endpoint(end: SocketEnd): Endpoint {
  return { address: end.address, port: end.port ?? null };
}

/** Where the server listens, with the Python lines computed here so no subscriber rebuilds them. */
export function listeningEvent(end: SocketEnd, movedFrom?: number): ListeningEvent {
  return {
    event: 'listening',
    family: end.family,
    address: end.address,
    port: end.port ?? null,
    ...(movedFrom ? { movedFrom } : {}),
    pythonSocket: pythonSocketLine(end.family),
    pythonBind: pythonBindLine(end),
  };
}

/** A built-in client's view of its connection; both ends are of the server's family. */
export function connectedEvent(client: number, local: SocketEnd, remote: SocketEnd): ConnectedEvent {
  return {
    event: 'connected',
    client,
    local: endpoint(local),
    remote: endpoint(remote),
    family: remote.family,
    localTuple: pythonTuple(local),
    remoteTuple: pythonTuple(remote),
  };
}

/** The server's view of a new connection: the peer `accept()` reports. */
export function acceptedEvent(client: number, peer: SocketEnd, outside: boolean): AcceptedEvent {
  return {
    event: 'accepted',
    client,
    peer: { ...endpoint(peer), family: peer.family },
    tuple: pythonTuple(peer),
    ...(outside ? { outside: true as const } : {}),
  };
}
