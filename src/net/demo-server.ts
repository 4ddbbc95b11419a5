import { EventEmitter } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { SocketEnd } from '../core/address-tuple.js';
import { acceptedEvent, connectedEvent, listeningEvent, type DemoEvent } from '../core/demo-events.js';
import { sanitizeText } from '../core/sanitize.js';
import type { DemoFamily } from '../core/socket-options.js';
import { listenPreferring, makeUnixSocketPath, removeFolder } from './demo-listen.js';
import { LineSplitter } from '../core/line-splitter.js';
import { localEnd, remoteEnd } from './socket-end.js';

export type { DemoEvent } from '../core/demo-events.js';
export { nextEvent } from './next-event.js';

export interface DemoServerOptions {
  family?: DemoFamily;
  /** 0 (default) lets the OS pick. Ignored for Unix sockets. */
  port?: number;
}

interface DemoClient {
  id: number;
  /** Our built-in client's socket; absent for an outside client (nc, Python). */
  socket?: Socket;
  /** The server's socket for this connection, once accepted. */
  peer?: Socket;
  /** Port the client connected from (the pairing key), once known. */
  localPort?: number;
  closedBy?: 'client' | 'server';
  reset?: boolean;
  done: boolean;
}

const hosts: Record<DemoFamily, string> = { inet: '127.0.0.1', inet6: '::1', unix: '' };
const familyNames = { inet: 'IPv4', inet6: 'IPv6', unix: 'Unix' } as const;

/**
 * The live demo's server and its built-in clients, as one source of typed events. For a built-in
 * client, `connected` (the client's view) always comes before `accepted` (the server's view) even
 * though the OS may finish them in either order, so every subscriber sees the same story.
 */
export class DemoServer extends EventEmitter<{ event: [DemoEvent] }> {
  readonly family: DemoFamily;
  private readonly wantedPort: number;
  private server: Server | undefined;
  private unixDir: string | undefined;
  private path: string | undefined;
  private listeningPort = 0;
  /** The port the OS gave last time, tried first on a restart so commands shown for it keep working. */
  private previousPort = 0;
  private nextId = 1;
  private readingPaused = false;
  private readonly clients = new Map<number, DemoClient>();
  /** Built-in clients whose connect has not finished. */
  private readonly connecting = new Set<DemoClient>();
  /** Connected built-in clients the server has not accepted yet, in connect order. */
  private readonly awaitingAccept: DemoClient[] = [];
  /** Accepted sockets whose built-in client has not reported its connect yet. */
  private readonly heldAccepts: Socket[] = [];

  constructor(options: DemoServerOptions = {}) {
    super();
    this.family = options.family ?? 'inet';
    this.wantedPort = options.port ?? 0;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  /** The port (or the Unix path) clients connect to. */
  get port(): number {
    return this.listeningPort;
  }

  get socketPath(): string | undefined {
    return this.path;
  }

  get host(): string {
    return hosts[this.family];
  }

  /** Clients with an open connection, newest last. */
  openClients(): number[] {
    return [...this.clients.values()].filter((c) => !c.done).map((c) => c.id);
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = createServer((socket) => this.accept(socket));
    if (this.family === 'unix') ({ dir: this.unixDir, path: this.path } = makeUnixSocketPath());
    const target = this.path
      ? { path: this.path }
      : { host: this.host, port: this.wantedPort, ipv6Only: this.family === 'inet6' };
    let movedFrom: number | undefined;
    try {
      // A restart asks for the same port again, so commands shown for it keep working.
      ({ movedFrom } = await listenPreferring(server, target, this.previousPort));
    } catch (error) {
      this.removeUnixDir();
      throw error;
    }
    this.server = server;
    if (this.path) {
      this.listeningPort = 0;
      this.emit('event', listeningEvent({ address: this.path, family: 'Unix' }));
    } else {
      const { address, port } = server.address() as { address: string; port: number };
      this.listeningPort = port;
      this.previousPort = port;
      this.emit('event', listeningEvent({ address, port, family: familyNames[this.family] }, movedFrom));
    }
  }

  /** Starts a built-in client and returns its number; its events follow. */
  addClient(): number {
    const client: DemoClient = { id: this.nextId++, done: false };
    this.clients.set(client.id, client);
    const socket = this.path ? connect(this.path) : connect({ host: this.host, port: this.listeningPort });
    client.socket = socket;
    this.connecting.add(client);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!client.peer && this.connecting.has(client)) {
        this.connecting.delete(client);
        client.done = true;
        this.emit('event', { event: 'failed', client: client.id, code: error.code ?? 'ERROR' });
        this.releaseHeld();
      }
    });
    socket.once('connect', () => {
      this.connecting.delete(client);
      const local = localEnd(socket, this.path);
      const remote: SocketEnd = this.path ? { address: this.path, family: 'Unix' } : remoteEnd(socket);
      client.localPort = local.port;
      this.emit('event', connectedEvent(client.id, local, remote));
      const index = this.heldAccepts.findIndex((peer) => this.matches(peer, client));
      if (index >= 0) this.pair(client, this.heldAccepts.splice(index, 1)[0]!);
      else this.awaitingAccept.push(client);
      this.releaseHeld();
    });
    socket.on('close', () => {
      // A built-in client the server never accepted (server stopped meanwhile) still ends its story.
      if (!client.peer && !client.done && !this.connecting.has(client)) this.finish(client);
    });
    return client.id;
  }

  /** The client sends one line (a newline is added). */
  send(id: number, text: string): boolean {
    const socket = this.clients.get(id)?.socket;
    if (!socket || !socket.writable) return false;
    socket.write(text + '\n');
    return true;
  }

  /** Closes one connection from the client's side (the built-in client) or the server's. */
  disconnect(id: number, side: 'client' | 'server' = 'client'): void {
    const client = this.clients.get(id);
    if (!client || client.done) return;
    if (side === 'client' && client.socket) {
      client.socket.end();
      return;
    }
    client.closedBy ??= 'server';
    if (client.peer) client.peer.end();
    else client.socket?.destroy();
  }

  disconnectAll(side: 'client' | 'server' = 'client'): void {
    for (const id of this.openClients()) this.disconnect(id, side);
  }

  /** Closes every connection from the server's side, then the listening socket; resolves when all is closed. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closing: Promise<void>[] = [new Promise((resolve) => server.close(() => resolve()))];
    for (const client of this.clients.values()) {
      if (client.done) continue;
      client.closedBy ??= 'server';
      const peer = client.peer;
      if (peer && !peer.closed) closing.push(new Promise((resolve) => peer.once('close', () => resolve())));
      peer?.destroy();
      client.socket?.destroy();
      if (!client.peer) this.finish(client);
    }
    for (const peer of this.heldAccepts.splice(0)) peer.destroy();
    this.connecting.clear();
    this.awaitingAccept.length = 0;
    await Promise.all(closing);
    this.removeUnixDir();
    this.emit('event', { event: 'stopped' });
  }

  private accept(peer: Socket): void {
    peer.on('error', () => {});
    const index = this.awaitingAccept.findIndex((client) => this.matches(peer, client));
    if (index >= 0) this.pair(this.awaitingAccept.splice(index, 1)[0]!, peer);
    else if (this.connecting.size > 0) this.heldAccepts.push(peer);
    else this.outside(peer);
  }

  /** Once no built-in client is still connecting, a held accepted socket can only be an outside client. */
  private releaseHeld(): void {
    if (this.connecting.size > 0) return;
    for (const peer of this.heldAccepts.splice(0)) this.outside(peer);
  }

  /**
   * Stops reading what clients send (TCP then slows them down) until `resumeReading`: for a log
   * reader that fell behind, so a client pouring bytes cannot fill memory with events.
   */
  pauseReading(): void {
    this.readingPaused = true;
    for (const client of this.clients.values()) client.peer?.pause();
  }

  resumeReading(): void {
    this.readingPaused = false;
    for (const client of this.clients.values()) client.peer?.resume();
  }

  private matches(peer: Socket, client: DemoClient): boolean {
    return this.path !== undefined || peer.remotePort === client.localPort;
  }

  private outside(peer: Socket): void {
    const client: DemoClient = { id: this.nextId++, done: false };
    this.clients.set(client.id, client);
    this.pair(client, peer, true);
  }

  private pair(client: DemoClient, peer: Socket, outside = false): void {
    client.peer = peer;
    this.emit('event', acceptedEvent(client.id, remoteEnd(peer, this.path), outside));
    const splitter = new LineSplitter();
    const report = (line: { text: string; bytes: number; raw: Buffer }) =>
      this.emit('event', {
        event: 'message',
        client: client.id,
        text: sanitizeText(line.text),
        bytes: line.bytes,
        hex: line.raw.toString('hex'),
      });
    peer.on('data', (chunk: Buffer) => splitter.push(chunk).forEach(report));
    if (this.readingPaused) peer.pause();
    peer.on('end', () => {
      splitter.end().forEach(report);
      client.closedBy ??= 'client';
    });
    peer.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET') {
        client.closedBy ??= 'client';
        client.reset = true;
      }
    });
    peer.on('close', () => this.finish(client));
  }

  private finish(client: DemoClient): void {
    if (client.done) return;
    client.done = true;
    client.socket?.destroy();
    this.emit('event', {
      event: 'closed',
      client: client.id,
      by: client.closedBy ?? 'server',
      ...(client.reset ? { reset: true as const } : {}),
    });
  }

  private removeUnixDir(): void {
    if (this.unixDir) removeFolder(this.unixDir);
    this.unixDir = undefined;
    this.path = undefined;
  }
}
