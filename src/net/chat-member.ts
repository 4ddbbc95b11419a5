import type { CloseReason } from './chat-event.js';
import type { OutboxClient } from './chat-outbox.js';
import type { LineInbox } from '../core/line-inbox.js';

/**
 * The lines the server sends its clients, in one language: whoever starts the server hands them in
 * (src/i18n/<lang>/chat.ts has them in each language), so the server holds no words of its own.
 */
export interface ChatWire {
  welcome: (p: { tuple: string; nick: string; count: number }) => string;
  joined: (p: { nick: string; tuple: string }) => string;
  left: (p: { nick: string; reason: CloseReason }) => string;
  /** Joins and leaves from one address folded into one line (past five a second). */
  folded: (p: { joins: number; leaves: number; address: string }) => string;
  renamed: (p: { from: string; to: string }) => string;
  /** `problem` is the nick rule broken, e.g. `nick-taken`; `like` the nick it looks like. */
  nickRefused: (p: { name: string; problem: string; like?: string }) => string;
  usersHeading: (p: { count: number }) => string;
  userRow: (p: { nick: string; tuple: string; you: boolean }) => string;
  help: readonly string[];
  unknownCommand: (p: { command: string }) => string;
  truncated: (p: { limit: number }) => string;
  bye: string;
  langUnknown: (p: { lang: string; known: readonly string[] }) => string;
  full: (p: { max: number; perAddress?: number; idleSeconds?: number }) => string;
  /** `group`: the network counted as one address (`2001:db8::/64`, `127.0.0.0/8`), if it was one. */
  perAddress: (p: { max: number; perAddress: number; idleSeconds: number; group?: string }) => string;
  idle: (p: { seconds: number }) => string;
  serverLeaving: string;
}

export interface ChatServerOptions {
  host: string;
  port: number;
  maxClients: number;
  /** The lines sent to clients, in the server's language. */
  wire: ChatWire;
  /** Every language a client may switch to with /lang, by its code. */
  wires?: Readonly<Record<string, ChatWire>>;
  maxLineBytes?: number;
  /** Bytes waiting for one client past which it is dropped as too slow. */
  maxBufferedBytes?: number;
  /** Lines a second each client may send (default 100); twice that may come in one burst. */
  linesPerSecond?: number;
  /** Connections one address may hold (default 4): one machine cannot take every seat. */
  maxPerAddress?: number;
  /** IPv6 clients count per network of this prefix (default 64): one machine has a whole /64. */
  ipv6Prefix?: number;
  /** How long a started line may stay unfinished before the client is dropped (default 30 s). */
  idleMs?: number;
  /** Unhandled input held per client, in bytes, past which it is not read until it drains (16 KiB). */
  inputBudget?: number;
}

/** One connected client, as the server keeps it. */
export interface Member extends OutboxClient {
  id: number;
  nick: string;
  tuple: string;
  inbox: LineInbox;
  /** The client has closed its side: finish its lines at the usual pace, then close ours. */
  ended: boolean;
  reason: CloseReason;
  /** Lines this client may still send right now (a token bucket), so one flood cannot drown the rest. */
  allowance: number;
  refilledAt: number;
  drainTimer?: NodeJS.Timeout;
  /** The remote address, whose seat this client holds. */
  address: string;
  /** The server's words for this client, in its language (/lang switches them). */
  wire: ChatWire;
  /** Runs while the client owes the end of a line it started; it is dropped when this fires. */
  idleTimer?: NodeJS.Timeout;
}
