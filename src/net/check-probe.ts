import { connect, type Socket } from 'node:net';
import { binaryOf } from '../core/check/bytes.js';
import { MessageReader } from '../core/check/message-codec.js';
import type { Framing } from '../core/check/profile-model.js';
import { waitForDrain } from '../output/write-lines.js';

/**
 * How much of what a probe received it keeps for judging and excerpts (the longest line a check
 * sends is 64 KiB); older bytes are dropped. Fixed, whatever the server sends: a flood is judged
 * by counters, never kept.
 */
const keepBytes = 128 << 10;
/** The byte the checker's floods are filled with (`x`): counted as it arrives, not kept. */
const filler = 'x';
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
  /**
   * Received bytes, one char each, as the chunks they came in; the oldest chunks are dropped past
   * `keepBytes`. Never one growing string: adding to it would copy the whole tail on every read.
   */
  private chunks: string[] = [];
  /** The offset (in `total`) of the first chunk kept, and the length of all those kept. */
  private keptFrom = 0;
  private kept = 0;
  /** Every byte ever received, dropped ones included. */
  total = 0;
  /** Every filler byte (`x`) ever received, dropped ones included. */
  private fillers = 0;
  /** The filler count at each mark, so a check can count a flood it could not keep. */
  private fillersAt = new Map<number, number>();
  /** How the peer ended the connection, once it did. */
  ended: 'fin' | 'reset' | 'error' | undefined;
  /** The checker itself ended this connection (end, reset or destroy): the server did not. */
  leftByUs = false;
  /** The name this client gave a server that asked for one. */
  name: string | undefined;
  /** Bytes this client has written. */
  wrote = 0;
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
      this.keep(text);
      if (this.total - this.limitFrom > this.readLimit) this.stopReading();
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

  private keep(text: string): void {
    if (text === '') return;
    this.total += text.length;
    this.fillers += fillersIn(text);
    this.chunks.push(text);
    this.kept += text.length;
    while (this.kept - this.chunks[0]!.length >= keepBytes) {
      const dropped = this.chunks.shift()!;
      this.kept -= dropped.length;
      this.keptFrom += dropped.length;
    }
  }

  /** Everything kept (the last 128 KiB or more). */
  get received(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
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

  /** What arrived after a mark taken with `mark()` (what is still kept of it). Costs what it returns. */
  since(mark: number): string {
    if (mark <= this.keptFrom) return this.received;
    // From the newest chunk back to the one holding the mark.
    let start = this.total;
    let first = this.chunks.length;
    while (first > 0 && start > mark) start -= this.chunks[--first]!.length;
    const text = this.chunks.length - first === 1 ? this.chunks[first]! : this.chunks.slice(first).join('');
    return text.slice(mark - start);
  }

  /**
   * Where what arrives next starts. The read limit counts from the latest mark: a server's noise
   * before it (a flood from clients that left) cannot use up what a check still has to read.
   */
  mark(): number {
    this.limitFrom = this.total;
    this.fillersAt.set(this.total, this.fillers);
    if (this.stoppedByLimit) {
      this.stoppedByLimit = false;
      this.socket.resume();
    }
    return this.total;
  }

  /** Filler bytes (`x`) that arrived after a mark, kept or not. */
  fillersSince(mark: number): number {
    return this.fillers - (this.fillersAt.get(mark) ?? 0);
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
    return this.waitUntil(() => test(this.since(from)), ms);
  }

  /** Waits until `holds()` (asked again on every arrival), the deadline, or the end; says whether it held. */
  waitUntil(holds: () => boolean, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const finish = (held: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(held);
      };
      const check = () => {
        if (holds()) finish(true);
        else if (this.socket.destroyed || this.ended || this.pointless) finish(false);
      };
      const timer = setTimeout(() => finish(holds()), ms);
      this.waiters.add(check);
      check();
    });
  }

  /** Waits for the text to arrive after `from`; each arrival is searched once (plus an overlap), not the tail again. */
  waitForText(text: string, ms: number, from = 0): Promise<boolean> {
    let searched = from;
    return this.waitUntil(() => {
      const found = this.since(Math.max(from, searched - text.length + 1)).includes(text);
      searched = this.total;
      return found;
    }, ms);
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

  /**
   * Writes the chunks as the peer takes them, waiting for the socket to drain between them, so only
   * about one chunk is held at a time. Ends early, quietly, when the socket closes.
   */
  async writeAll(chunks: Iterable<Buffer>): Promise<void> {
    for (const chunk of chunks) {
      if (!this.socket.writable) return;
      this.wrote += chunk.length;
      if (!this.socket.write(chunk)) await waitForDrain(this.socket);
    }
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

/**
 * How many filler bytes (`x`) a text holds, in one native pass: a loop over megabytes of them, a
 * call per byte, blocked the checker for seconds (and V8's Maglev made a charCodeAt loop worse).
 */
export function fillersIn(text: string): number {
  return text.length - text.replaceAll(filler, '').length;
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
