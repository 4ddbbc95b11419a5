import { connect, type Socket } from 'node:net';
import { binaryOf } from '../core/check/bytes.js';
import { MessageReader } from '../core/check/message-codec.js';
import type { Framing } from '../core/check/profile-model.js';

/** How much of what a probe received it keeps for judging and excerpts; older bytes are dropped. */
const keepBytesDefault = 512 << 10;
/**
 * The most a probe reads in all, unless its check needs a flood through it: past it, it stops
 * reading, as a client that cannot keep up would. A server that floods gigabytes must not cost the
 * checker its memory.
 */
const readLimitDefault = 512 << 10;

/**
 * One of the checker's clients: a raw TCP socket that records every byte it receives (as a binary
 * string), can wait for something to arrive with a deadline, and can leave by FIN or by RST.
 */
export class Probe {
  /** Received bytes, one char each; the oldest are dropped past `keepBytes`. */
  received = '';
  /** Every byte ever received, dropped ones included. */
  total = 0;
  /** How the peer ended the connection, once it did. */
  ended: 'fin' | 'reset' | 'error' | undefined;
  /** The checker itself ended this connection (end, reset or destroy): the server did not. */
  leftByUs = false;
  /** The name this client gave a server that asked for one. */
  name: string | undefined;
  /** Bytes this client has written. */
  wrote = 0;
  /** How many received bytes it keeps; a check that counts a whole flood raises it. */
  keepBytes = keepBytesDefault;
  /** How many bytes it reads past its latest mark before it stops reading; a flood's check raises it. */
  readLimit = readLimitDefault;
  private limitFrom = 0;
  private stoppedByLimit = false;
  /** Called once when the server closes this client after it talked: its check's waits are over. */
  onTalkerClosed: (() => void) | undefined;
  /** Set when waiting can only time out (a talker of the same check is gone): waits end at once. */
  pointless = false;
  private waiters = new Set<() => void>();
  /** Length-prefixed frames: each payload is kept as a line, so every judge reads lines. */
  private frames: MessageReader | undefined;

  constructor(
    readonly socket: Socket,
    framing: Framing = { type: 'line' },
  ) {
    socket.setNoDelay(true);
    if (framing.type !== 'line') this.frames = new MessageReader(framing);
    socket.on('data', (chunk: Buffer) => {
      const text = this.frames
        ? this.frames
            .push(chunk)
            .map((payload) => `${binaryOf(payload)}\n`)
            .join('')
        : chunk.toString('latin1');
      this.total += text.length;
      this.received += text;
      if (this.total - this.limitFrom > this.readLimit) this.stopReading();
      if (this.received.length > this.keepBytes * 2) this.received = this.received.slice(-this.keepBytes);
      this.wake();
    });
    socket.on('end', () => {
      this.ended ??= 'fin';
      this.wake();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A write that meets the reset a peer sends after its FIN (our bytes reached a socket it had
      // closed) fails with EPIPE, not ECONNRESET, and the socket goes before its 'end': the FIN
      // came first.
      this.ended ??= error.code === 'ECONNRESET' ? 'reset' : error.code === 'EPIPE' ? 'fin' : 'error';
      this.wake();
    });
    socket.on('close', () => this.wake());
  }

  get localPort(): number {
    return this.socket.localPort ?? 0;
  }

  get localAddress(): string {
    return this.socket.localAddress ?? '';
  }

  /** Runs every pending wait's test again (new bytes, the end, or a pointless wait). */
  wake(): void {
    if (this.wrote > 0 && this.closedByServer && this.onTalkerClosed) {
      const call = this.onTalkerClosed;
      this.onTalkerClosed = undefined;
      call();
    }
    for (const waiter of [...this.waiters]) waiter();
  }

  /** What arrived after a mark taken with `mark()`. */
  since(mark: number): string {
    const dropped = this.total - this.received.length;
    return this.received.slice(Math.max(0, mark - dropped));
  }

  /**
   * Where what arrives next starts. The read limit counts from the latest mark: a server's noise
   * before it (a flood from clients that left) cannot use up what a check still has to read.
   */
  mark(): number {
    this.limitFrom = this.total;
    if (this.stoppedByLimit) {
      this.stoppedByLimit = false;
      this.socket.resume();
    }
    return this.total;
  }

  private stopReading(): void {
    this.stoppedByLimit = true;
    this.socket.pause();
  }

  /**
   * Waits until `test` holds for what arrived since `from` (a mark), or the deadline passes, or the
   * connection ends; says whether it held.
   */
  waitFor(test: (received: string) => boolean, ms: number, from = 0): Promise<boolean> {
    return new Promise((resolve) => {
      const finish = (held: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(held);
      };
      const check = () => {
        if (test(this.since(from))) finish(true);
        else if (this.socket.destroyed || this.ended || this.pointless) finish(false);
      };
      const timer = setTimeout(() => finish(test(this.since(from))), ms);
      this.waiters.add(check);
      check();
    });
  }

  waitForText(text: string, ms: number, from = 0): Promise<boolean> {
    return this.waitFor((received) => received.includes(text), ms, from);
  }

  /** Resolves once nothing new has arrived for `quietMs`, or after `ms` at most. */
  async waitQuiet(quietMs: number, ms: number): Promise<void> {
    const until = Date.now() + ms;
    let seen = -1;
    while (Date.now() < until && seen !== this.total && !this.socket.destroyed) {
      seen = this.total;
      await sleep(Math.min(quietMs, Math.max(0, until - Date.now())));
    }
  }

  /** Writes bytes given as a binary string (or a Buffer). */
  write(data: string | Buffer): void {
    if (!this.socket.writable) return;
    this.wrote += data.length;
    this.socket.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  }

  /** Leaves cleanly: FIN, then the socket goes once the peer closes too (or at `destroy`). */
  end(): void {
    this.leftByUs = true;
    this.socket.end();
  }

  /** Leaves abruptly: RST, as a client that crashed or was killed with unread data. */
  reset(): void {
    this.leftByUs = true;
    if (!this.socket.destroyed) this.socket.resetAndDestroy();
  }

  destroy(): void {
    this.leftByUs = true;
    this.socket.destroy();
  }

  /** The server ended this connection on its own (it closed it, or reset it). */
  get closedByServer(): boolean {
    return !this.leftByUs && (this.ended !== undefined || this.socket.destroyed);
  }

  /** Waits for the text like `waitForText`, and says after how many ms it arrived (undefined: never). */
  async arrivalMs(text: string, ms: number, from = 0): Promise<number | undefined> {
    const started = performance.now();
    return (await this.waitForText(text, ms, from)) ? performance.now() - started : undefined;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Connects a probe, or rejects with the socket error (`ECONNREFUSED`, ...) or `ETIMEDOUT` at the deadline. */
export function connectProbe(host: string, port: number, ms: number, framing?: Framing): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error(`connect timed out after ${ms} ms`), { code: 'ETIMEDOUT' }));
    }, ms);
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(new Probe(socket, framing));
    });
  });
}
