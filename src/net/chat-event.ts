import type { SocketEnd } from '../core/address-tuple.js';

/** Why a client's connection ended, as the log and the other clients are told. */
export type CloseReason = 'quit' | 'left' | 'reset' | 'slow' | 'idle' | 'server' | 'error';

/** What the server does, one event per line of its log (and of `--json`). */
export type ChatEvent =
  | { event: 'listening'; address: string; port: number; family: string }
  | { event: 'accepted'; nick: string; peer: SocketEnd; tuple: string }
  /** `limit`: the --max-clients or --max-per-address reached; `group`: the /64 (or loopback) counted as one. */
  | {
      event: 'refused';
      peer: SocketEnd;
      tuple: string;
      reason: 'full' | 'per-address';
      limit: number;
      group?: string;
    }
  | { event: 'message'; nick: string; text: string; bytes: number }
  | { event: 'nick'; from: string; to: string }
  | { event: 'truncated'; nick: string; limit: number }
  | { event: 'closed'; nick: string; tuple: string; reason: CloseReason }
  | { event: 'stopping'; clients: number }
  | { event: 'stopped' };
