import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';
import { sanitizeText } from '../core/sanitize.js';
import { LineSplitter } from '../core/line-splitter.js';
import { localEnd, remoteEnd } from './socket-end.js';
import type { SocketEnd } from '../core/address-tuple.js';

const newline = Buffer.from('\n');

/**
 * A line client for any line server (netlearn serve, a learner's Python server, nc -l). Lines it
 * receives are decoded, bounded and cleaned before anyone sees them.
 */
export class ChatConnection extends EventEmitter<{ line: [string]; close: [] }> {
  private readonly splitter = new LineSplitter();
  readonly local: SocketEnd;
  readonly remote: SocketEnd;
  /** The server reset the connection (RST) rather than closing it. */
  reset = false;

  constructor(private readonly socket: Socket) {
    super();
    this.local = localEnd(socket);
    this.remote = remoteEnd(socket);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      for (const line of this.splitter.push(chunk)) this.deliver(sanitizeText(line.text));
    });
    socket.on('end', () => {
      for (const line of this.splitter.end()) this.deliver(sanitizeText(line.text));
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET') this.reset = true;
    });
    socket.on('close', () => this.emit('close'));
  }

  /** Looks at the first line before the listeners do; returning true keeps it from them. */
  private firstLook: ((line: string) => boolean) | undefined;

  onFirstLine(look: (line: string) => boolean): void {
    this.firstLook = look;
  }

  private deliver(text: string): void {
    const look = this.firstLook;
    this.firstLook = undefined;
    if (!look?.(text)) this.emit('line', text);
  }

  get closed(): boolean {
    return this.socket.destroyed;
  }

  /** Sends one line (text, or bytes passed on as they are); false when the socket's buffer is full. */
  send(line: string | Buffer): boolean {
    if (!this.socket.writable) return true;
    return this.socket.write(typeof line === 'string' ? line + '\n' : Buffer.concat([line, newline]));
  }

  /** Resolves when what was sent has gone out to the kernel, or the connection is over. */
  drained(): Promise<void> {
    if (this.socket.destroyed || this.socket.writableLength === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
  }

  /** Stops reading from the server (TCP then slows it down) until `resume`: for a reader that fell behind. */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  /** Half-close: no more lines from us, but the server may still answer. */
  end(): void {
    this.socket.end();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** Connects, or rejects with the socket error (`ECONNREFUSED`, `ENOTFOUND`, ...). */
export function connectChat(host: string, port: number, timeoutMs = 10_000): Promise<ChatConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(
      () => socket.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
      timeoutMs,
    );
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      // A reset that came with the handshake leaves no peer to name: say reset, not "the server is ''".
      if (socket.remoteAddress === undefined) {
        socket.destroy();
        reject(Object.assign(new Error('connection reset at once'), { code: 'ECONNRESET' }));
        return;
      }
      socket.removeAllListeners('error');
      resolve(new ChatConnection(socket));
    });
  });
}
