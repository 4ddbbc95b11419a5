import type { ServerCheckId } from './checks.js';

/** The typed model of a `--profile FILE`: what parseProfile returns, every field filled in. */

export const greetingPolicies = ['optional', 'none', 'required'] as const;
export const framingTypes = ['line', 'length-prefix'] as const;
export const prefixSizes = [1, 2, 4] as const;
export const byteOrders = ['big', 'little'] as const;
export const textEscapes = ['none', 'json'] as const;

export type GreetingPolicy = (typeof greetingPolicies)[number];
export type PrefixSize = (typeof prefixSizes)[number];
export type ByteOrder = (typeof byteOrders)[number];
/** How {text} and {name} are written into a template: as they are, or escaped for a JSON string. */
export type TextEscape = (typeof textEscapes)[number];

export interface NameStep {
  /** A line or frame from the server that matches this asks for the name. */
  readonly prompt: RegExp;
  /** What the client answers; holds {name}. */
  readonly send: string;
}

export interface LineFraming {
  readonly type: 'line';
}

export interface LengthPrefixFraming {
  readonly type: 'length-prefix';
  readonly size: PrefixSize;
  readonly order: ByteOrder;
  /** The length counts its own header bytes too (some courses do, most don't). */
  readonly includesHeader: boolean;
}

export type Framing = LineFraming | LengthPrefixFraming;

export interface ProfileCommands {
  /** Sent as is (framed, not put through `send`): lists who is connected. */
  readonly users?: string;
  readonly quit?: string;
}

export interface CheckProfile {
  readonly name: string;
  readonly greeting: GreetingPolicy;
  readonly nameStep: NameStep | null;
  /** One message as a client writes it: holds {text}, may hold {name}. */
  readonly send: string;
  /** The message as other clients receive it: holds {text}, may hold {name} and {any}. */
  readonly shown: string;
  readonly escape: TextEscape;
  readonly commands: ProfileCommands;
  readonly framing: Framing;
  /** Only the checks the profile gives points to. */
  readonly points: Readonly<Partial<Record<ServerCheckId, number>>>;
}

/** netlearn's own chat: what `check` assumes without --profile (profiles/netlearn.yaml says the same). */
export const defaultProfile: CheckProfile = {
  name: 'netlearn chat',
  greeting: 'optional',
  nameStep: null,
  send: '{text}',
  shown: '{any}{text}',
  escape: 'none',
  commands: {},
  framing: { type: 'line' },
  points: {},
};
