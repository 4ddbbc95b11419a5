import type { Socket } from 'node:net';

/** A client as the outbox sees it: its socket and the bytes queued for it in this turn. */
export interface OutboxClient {
  socket: Socket;
  /** Bytes queued for this client in this turn of the event loop; written in one call. */
  pending: Buffer[];
  pendingBytes: number;
}

/**
 * Writes queued per client and batched once per event-loop turn, so a line sent to many clients
 * costs one write each; a client whose unread bytes pass the cap is handed to `onSlow`.
 */
export class ChatOutbox<Client extends OutboxClient> {
  private readonly dirty = new Set<Client>();
  private readonly slow = new Set<Client>();
  private flushScheduled = false;

  constructor(
    private readonly bufferCap: number,
    private readonly onSlow: (client: Client) => void,
  ) {}

  /**
   * For replies generated for one client (a roster, help): are its unread bytes, queued here and
   * waiting in its socket, already past the cap? Then it is marked slow and dropped on the next
   * flush, and the caller generates nothing. Broadcast lines are not checked here: they are
   * encoded once and shared by every receiver, so they cost a reference each, not a copy.
   */
  refuseReply(client: Client): boolean {
    if (client.pendingBytes + client.socket.writableLength <= this.bufferCap) return false;
    this.slow.add(client);
    this.schedule();
    return true;
  }

  /** Adds bytes for one client; they go out on the next flush. */
  queue(client: Client, bytes: Buffer): void {
    client.pending.push(bytes);
    client.pendingBytes += bytes.length;
    this.dirty.add(client);
  }

  /** Takes a client's queued bytes out of the outbox, to send them with its last write. */
  take(client: Client): Buffer[] {
    const pending = client.pending;
    client.pending = [];
    client.pendingBytes = 0;
    this.dirty.delete(client);
    this.slow.delete(client);
    return pending;
  }

  /** Stops writing to a client that has left. */
  forget(client: Client): void {
    this.dirty.delete(client);
    this.slow.delete(client);
  }

  /** Flushes at the end of this event-loop turn, once however many lines were queued. */
  schedule(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  /** One write per client per turn; a client whose unread bytes pass the cap is dropped, not waited for. */
  flush(): void {
    this.flushScheduled = false;
    const slow = [...this.slow];
    this.slow.clear();
    for (const client of this.dirty) {
      if (slow.includes(client)) continue;
      const { socket, pending } = client;
      client.pending = [];
      client.pendingBytes = 0;
      if (socket.destroyed || !socket.writable) continue;
      // Only bytes the kernel already refused count: a reader keeping up has none, however busy the chat.
      if (socket.writableLength > this.bufferCap) {
        slow.push(client);
        continue;
      }
      // Corked, the lines go out in one writev of the shared buffers: a line broadcast to a thousand
      // clients is never copied a thousand times.
      socket.cork();
      for (const bytes of pending) socket.write(bytes);
      socket.uncork();
    }
    this.dirty.clear();
    for (const client of slow) this.onSlow(client);
  }
}
