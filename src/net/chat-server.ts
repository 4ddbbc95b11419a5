import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { pythonTuple } from '../core/address-tuple.js';
import { nicksCollide } from '../core/chat-protocol.js';
import type { ChatEvent } from './chat-event.js';
import { ChatOutbox } from './chat-outbox.js';
import { ChatPacer } from './chat-pacer.js';
import { ChatSlots } from './chat-slots.js';
import { NoticeFolder } from './chat-notices.js';
import { handleLine, type ChatRoom } from './chat-commands.js';
import type { ChatServerOptions, ChatWire, Member } from './chat-member.js';
import { LineInbox } from '../core/line-inbox.js';
import { maxLineBytes } from '../core/line-splitter.js';
import { remoteEnd } from './socket-end.js';

export type { ChatEvent } from './chat-event.js';
export type { ChatServerOptions } from './chat-member.js';

/**
 * A line chat server: each line a client sends reaches every other client as `[nick] text`.
 * Everything a client sends is bounded and cleaned; a slow or vanished client costs the others
 * nothing because writes are queued per client, batched once per event-loop turn, and capped.
 */
export class ChatServer extends EventEmitter<{ event: [ChatEvent] }> {
  private readonly server: Server;
  private readonly members = new Set<Member>();
  /** Sockets told goodbye (refused, idle, /quit) whose peer may keep its side open: destroyed soon, or at stop. */
  private readonly leaving = new Set<Socket>();
  private readonly outbox: ChatOutbox<Member>;
  private nextId = 1;
  private stopping = false;
  private stopped: Promise<void> | undefined;
  private readonly lineCap: number;
  /** Unhandled input held per client (bytes plus per-chunk overhead) past which its socket is not read. */
  private readonly pacer: ChatPacer;
  private readonly slots: ChatSlots;
  /** Joins and leaves past five a second from one address reach the room folded into one line. */
  private readonly notices = new NoticeFolder((address, counts) =>
    this.broadcast(undefined, (wire) => wire.folded({ ...counts, address })),
  );
  private readonly idleMs: number;
  /** The words a client hears until it picks its own (`/lang`, or `netlearn connect`'s first line). */
  private wire: ChatWire;

  constructor(private readonly options: ChatServerOptions) {
    super();
    this.wire = options.wire;
    this.lineCap = options.maxLineBytes ?? maxLineBytes;
    this.outbox = new ChatOutbox<Member>(options.maxBufferedBytes ?? 256 * 1024, (member) => {
      member.reason = 'slow';
      member.socket.destroy();
      this.leave(member);
    });
    this.slots = new ChatSlots(options.maxClients, options.maxPerAddress ?? 4, options.ipv6Prefix ?? 64);
    this.idleMs = options.idleMs ?? 30_000;
    this.pacer = new ChatPacer(
      {
        linesPerSecond: options.linesPerSecond ?? 100,
        inputBudget: options.inputBudget ?? 16 * 1024,
        idleMs: this.idleMs,
      },
      {
        present: (member) => this.members.has(member),
        receive: (member, line) => this.receive(member, line.text, line.bytes, line.truncated),
        finish: (member) => {
          this.outbox.flush();
          member.socket.end();
        },
        idle: (member) => this.dropIdle(member),
      },
    );
    this.server = createServer((socket) => this.accept(socket));
  }

  /** Clients that connect from now on hear this language (the host switched theirs with Tab). */
  setWire(wire: ChatWire): void {
    this.wire = wire;
  }

  /** Listens, and resolves with the actual address (the OS picks the port for 0). Rejects with the listen error. */
  listen(): Promise<{ address: string; port: number; family: string }> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.server.once('error', onError);
      this.server.listen({ host: this.options.host, port: this.options.port }, () => {
        this.server.off('error', onError);
        const { address, port, family } = this.server.address() as { address: string; port: number; family: string };
        this.emit('event', { event: 'listening', address, port, family });
        resolve({ address, port, family });
      });
    });
  }

  get clientCount(): number {
    return this.members.size;
  }

  /**
   * Tells every client the server is leaving, closes everything, and resolves once the port is free.
   * A second call waits for the first to finish.
   */
  stop(graceMs = 500): Promise<void> {
    this.stopped ??= this.shutDown(graceMs);
    return this.stopped;
  }

  private async shutDown(graceMs: number): Promise<void> {
    this.stopping = true;
    this.notices.clear();
    this.emit('event', { event: 'stopping', clients: this.members.size });
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    const gone: Promise<void>[] = [];
    for (const member of this.members) {
      member.reason = 'server';
      gone.push(new Promise((resolve) => member.socket.once('close', () => resolve())));
      member.socket.end(Buffer.concat([...this.outbox.take(member), Buffer.from(member.wire.serverLeaving + '\n')]));
    }
    const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all(gone), grace]);
    for (const member of this.members) member.socket.destroy();
    for (const socket of this.leaving) socket.destroy();
    await closed;
    this.emit('event', { event: 'stopped' });
  }

  private accept(socket: Socket): void {
    const peer = remoteEnd(socket);
    const tuple = pythonTuple(peer);
    socket.on('error', () => {});
    if (this.stopping) {
      socket.destroy();
      return;
    }
    const address = socket.remoteAddress ?? '';
    const refusal = this.slots.refusal(address);
    if (refusal) {
      const limit = refusal === 'full' ? this.slots.maxClients : this.slots.maxPerAddress;
      const group = refusal === 'per-address' ? this.slots.groupOf(address) : undefined;
      this.emit('event', { event: 'refused', peer, tuple, reason: refusal, limit, ...(group ? { group } : {}) });
      const terms = {
        max: this.slots.maxClients,
        perAddress: this.slots.maxPerAddress,
        idleSeconds: this.idleMs / 1000,
        ...(group ? { group } : {}),
      };
      this.sendOff(
        socket,
        Buffer.from((refusal === 'full' ? this.wire.full(terms) : this.wire.perAddress(terms)) + '\n'),
      );
      return;
    }
    this.slots.take(address);
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 60_000);
    const id = this.nextId++;
    const member: Member = {
      id,
      nick: this.freeNick(`guest${id}`),
      socket,
      tuple,
      inbox: new LineInbox(this.lineCap),
      ended: false,
      pending: [],
      pendingBytes: 0,
      reason: 'left',
      allowance: this.pacer.lineBurst,
      refilledAt: Date.now(),
      address,
      wire: this.wire,
    };
    this.members.add(member);
    this.emit('event', { event: 'accepted', nick: member.nick, peer, tuple });
    this.send(member, member.wire.welcome({ tuple, nick: member.nick, count: this.members.size }));
    if (this.notices.admit(address, 'join'))
      this.broadcast(member, (wire) => wire.joined({ nick: member.nick, tuple }));

    socket.on('data', (chunk: Buffer) => {
      member.inbox.push(chunk);
      this.pacer.drain(member);
    });
    socket.on('end', () => {
      member.ended = true;
      this.pacer.drain(member);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (member.reason === 'left')
        member.reason = error.code === 'ECONNRESET' || error.code === 'EPIPE' ? 'reset' : 'error';
    });
    socket.on('close', () => this.leave(member));
  }

  private receive(member: Member, raw: string, bytes: number, truncated: boolean): void {
    if (this.members.has(member)) handleLine(this.room, member, raw, bytes, truncated);
  }

  /** What the line commands may do to the room (chat-commands.ts). */
  private readonly room: ChatRoom = {
    members: this.members,
    lineCap: () => this.lineCap,
    wires: () => this.options.wires,
    emit: (event) => this.emit('event', event),
    reply: (member, build) => this.reply(member, build),
    send: (member, text) => this.send(member, text),
    broadcast: (from, words) => this.broadcast(from, words),
    quit: (member) => {
      member.reason = 'quit';
      this.sendOff(member.socket, Buffer.concat([...this.outbox.take(member), Buffer.from(member.wire.bye + '\n')]));
      this.outbox.forget(member);
      if (this.release(member)) this.announceLeave(member);
    },
  };

  /** Drops a client that left a line unfinished too long, telling it why. */
  private dropIdle(member: Member): void {
    member.reason = 'idle';
    const notice = Buffer.from(member.wire.idle({ seconds: this.idleMs / 1000 }) + '\n');
    this.sendOff(member.socket, Buffer.concat([...this.outbox.take(member), notice]));
    if (this.release(member)) this.announceLeave(member);
  }

  /** Last words, then the socket goes within 2 s even if the peer never closes its side (nc stays open). */
  private sendOff(socket: Socket, last: Buffer): void {
    socket.end(last);
    socket.pause();
    this.leaving.add(socket);
    socket.once('close', () => this.leaving.delete(socket));
    setTimeout(() => socket.destroy(), 2000).unref();
  }

  private leave(member: Member): void {
    this.outbox.forget(member);
    if (this.release(member)) this.announceLeave(member);
  }

  /** Takes a client off the roster and frees its seat; false if it was already gone. */
  private release(member: Member): boolean {
    clearTimeout(member.drainTimer);
    clearTimeout(member.idleTimer);
    if (!this.members.delete(member)) return false;
    this.slots.release(member.address);
    return true;
  }

  private announceLeave(member: Member): void {
    this.emit('event', { event: 'closed', nick: member.nick, tuple: member.tuple, reason: member.reason });
    if (!this.stopping && this.notices.admit(member.address, 'leave'))
      this.broadcast(member, (wire) => wire.left({ nick: member.nick, reason: member.reason }));
  }

  private freeNick(wanted: string): string {
    let nick = wanted;
    for (let n = 2; [...this.members].some((m) => nicksCollide(m.nick, nick)); n++) nick = `${wanted}-${n}`;
    return nick;
  }

  /**
   * A reply to one client. A client whose unread bytes are past the cap gets none (it is dropped
   * as slow), before the reply is even built; the others pay for it from their line allowance, one
   * line per ten rows, so asking for the roster in a loop costs as much as sending lines.
   */
  private reply(member: Member, build: () => readonly string[]): void {
    if (this.outbox.refuseReply(member)) return;
    const rows = build();
    member.allowance -= Math.ceil(rows.length / 10);
    this.send(member, rows.join('\n'));
  }

  private send(member: Member, text: string): void {
    this.outbox.queue(member, Buffer.from(text + '\n'));
    this.outbox.schedule();
  }

  /**
   * A line to everyone but `from` (to all without one): a client's own words as they are, or the server's words in each
   * receiver's language. Encoded once per language, however many receive it.
   */
  private broadcast(from: Member | undefined, words: string | ((wire: ChatWire) => string)): void {
    const encoded = new Map<ChatWire, Buffer>();
    for (const member of this.members) {
      if (member === from) continue;
      let line = encoded.get(member.wire);
      if (!line) {
        line = Buffer.from((typeof words === 'string' ? words : words(member.wire)) + '\n');
        encoded.set(member.wire, line);
      }
      this.outbox.queue(member, line);
    }
    this.outbox.schedule();
  }
}
