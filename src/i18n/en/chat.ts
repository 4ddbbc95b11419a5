import { defaultChat } from '../../core/default-chat.js';
import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

/** `1 byte`, `2 bytes`: the number with the word that agrees with it. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

type Close = 'quit' | 'left' | 'reset' | 'slow' | 'idle' | 'server' | 'error';

/**
 * The chat's shared words: the lines the server sends over the wire (src/net/chat-server.ts), the
 * socket errors (socket-error-sentence.ts, also the demo's) and what core/socket-options.ts says of bad input.
 */
const chat = {
  /** Sent to clients: one line each, `*` marks the server speaking. */
  wire: {
    welcome: (p: { tuple: string; nick: string; count: number }) =>
      `* Welcome to the netlearn chat. The server sees you as ${p.tuple} and calls you ${p.nick}. ${p.count} connected. Type /help for commands.`,
    joined: (p: { nick: string; tuple: string }) => `* ${p.nick} joined from ${p.tuple}`,
    folded: (p: { joins: number; leaves: number; address: string }) =>
      `* ${[p.joins ? count(p.joins, 'join', 'joins') : '', p.leaves ? count(p.leaves, 'leave', 'leaves') : ''].filter(Boolean).join(' and ')} from ${p.address} in the last second`,
    left: (p: { nick: string; reason: Close }) =>
      `* ${p.nick} left` +
      {
        quit: '',
        left: '',
        reset: ' (connection reset)',
        slow: ' (dropped: reading too slowly)',
        idle: ' (dropped: a line left unfinished)',
        server: '',
        error: ' (connection error)',
      }[p.reason],
    renamed: (p: { from: string; to: string }) => `* ${p.from} is now ${p.to}`,
    nickRefused: (p: { name: string; problem: string; like?: string }) =>
      `* Cannot use that nick: ` +
      (
        {
          'nick-empty': 'write one after /nick, for example /nick ana',
          'nick-too-long': `"${p.name}" is longer than 20 characters`,
          'nick-characters': `"${p.name}" may hold only letters, digits, _ and -, with no spaces`,
          'nick-taken': `"${p.name}" is already in use`,
          'nick-lookalike': `"${p.name}" looks just like "${p.like}", who is already here; pick one nobody could mistake`,
          'nick-invisible': `"${p.name}" has invisible characters in it (shown as \\u....), which would let two nicks look the same; use letters and digits you can see`,
        } as Record<string, string>
      )[p.problem],
    usersHeading: (p: { count: number }) => `* ${p.count} connected:`,
    userRow: (p: { nick: string; tuple: string; you: boolean }) => `*   ${p.nick} ${p.tuple}${p.you ? ' (you)' : ''}`,
    help: [
      '* Type a line and press Enter: everyone else receives it as [your nick] text.',
      '* /users  who is connected, with each address tuple',
      '* /nick NAME  change your nick (1-20 letters, digits, _ or -)',
      '* /lang es|en  the server speaks to you in Spanish or English',
      '* /quit  leave the chat',
      '* /help  this list',
    ],
    unknownCommand: (p: { command: string }) => `* Unknown command ${p.command}. Type /help for the list.`,
    truncated: (p: { limit: number }) => `* Your line was longer than ${p.limit} bytes: only its start was sent.`,
    bye: '* Bye!',
    langUnknown: (p: { lang: string; known: readonly string[] }) =>
      `* "${p.lang}" is not a language this server speaks; try /lang ${p.known.join(' or /lang ')}.`,
    full: (p: { max: number; perAddress?: number; idleSeconds?: number }) =>
      `* Sorry, the chat is full (${count(p.max, 'person', 'people')}). Try again in a while.` +
      (p.perAddress === undefined
        ? ''
        : ` Each address may hold ${p.perAddress}, and a line left unfinished for ${p.idleSeconds} s is dropped.`),
    perAddress: (p: { max: number; perAddress: number; idleSeconds: number; group?: string }) =>
      `* Sorry, your address already has ${count(p.perAddress, 'connection', 'connections')} here, the most one address may` +
      ` hold (--max-per-address), so everyone in the room gets a seat of the ${p.max}. Close one and try again.` +
      (p.group ? ` Every address of ${p.group} counts as one here: they are one machine's.` : '') +
      ` A line left unfinished for ${p.idleSeconds} s is dropped too.`,
    idle: (p: { seconds: number }) =>
      `* Disconnected: you started a line ${p.seconds} s ago and never finished it (no newline). Reconnect when ready.`,
    serverLeaving: '* The server is shutting down. Bye!',
  },
  errors: {
    portInUse: (p: { host: string; port: number }) =>
      `port ${p.port} on ${p.host} is already in use (another netlearn serve, or your own server?). Stop that one, or pick another port with --port, e.g. --port 5051 (--port 0 lets the OS choose).`,
    portDenied: (p: { host: string; port: number }) =>
      `not allowed to listen on port ${p.port} on ${p.host}: ports below 1024 need privileges. Use a port from 1024 up, e.g. --port 5050.`,
    addressUnavailable: (p: { host: string }) =>
      `${p.host} is not an address of this machine. Try 127.0.0.1, 0.0.0.0, or one from \`netlearn host\`.`,
    refused: (p: { where: string }) =>
      `nothing is listening at ${p.where} (connection refused). Start a server first, e.g. \`netlearn serve\` in another terminal, or check the port.`,
    unreachable: (p: { where: string; code: string }) =>
      `cannot reach ${p.where} (${p.code}). Check the address and that the server is running.`,
    reset: (p: { where: string }) =>
      `the server at ${p.where} reset the connection (ECONNRESET): it may be full, or have crashed. Check the server's own output and try again.`,
    unknownHost: (p: { host: string }) =>
      `cannot find the host "${p.host}". Check the name, or use an IP address like 127.0.0.1.`,
  },
  inputErrors: {
    'socket-port-invalid': (d: InputErrorDetails) =>
      `${d.option} must be a whole number from 0 to 65535, not "${d.part}".`,
    'socket-count-invalid': (d: InputErrorDetails) =>
      `${d.option} must be a whole number from ${d.min} to ${d.max}, not "${d.part}".`,
    'socket-family-unknown': (d: InputErrorDetails) =>
      `--family must be one of ${(d.choices as string[]).join(', ')}, not "${d.part}".`,
    'socket-port-zero-connect': () =>
      `cannot connect to port 0: port 0 only asks the OS for a free port when a server listens. Give the server's port, e.g. --port 5050.`,
    'socket-host-empty': (d: InputErrorDetails): string =>
      d.command === 'serve'
        ? `--host is empty: give an address to listen on, e.g. --host 127.0.0.1 (or leave --host out).`
        : `the host is empty: give a name or address, e.g. netlearn connect ${defaultChat.host} --port ${defaultChat.port} (or leave it out for ${defaultChat.host}).`,
    'socket-host-with-port': (d: InputErrorDetails) =>
      `"${d.part}" has the port glued to the host: write the port with --port: netlearn ${d.command === 'serve' ? `serve --host ${d.host}` : `connect ${d.host}`} --port ${d.port}`,
  } satisfies AreaInputErrors,
};

export default chat;
