import { closest } from '../closest.js';
import { errnoTable, type ErrnoEntry, type ErrorKind } from './error-kinds.js';

/** One trouble found in what the learner pasted or piped. */
export interface Finding {
  kind: ErrorKind;
  /** The line it was recognised in, trimmed. */
  text: string;
  /** The errno it names, on each OS that numbers it so (a bare `13` is EACCES everywhere). */
  errno: ErrnoEntry[];
  /** The address and port the error is about, when the input names them. */
  host?: string;
  port?: number;
  /** The socket call the traceback shows failing (`accept`, `connect`, `recv`...), when it shows one. */
  call?: string;
  /** For a UnicodeDecodeError or UnicodeEncodeError: the codec, the byte or character, and where. */
  codec?: string;
  byte?: string;
  position?: number;
}

/** Python exception names that say the kind by themselves. */
const exceptions: Record<string, ErrorKind> = {
  ConnectionRefusedError: 'connection-refused',
  ConnectionResetError: 'connection-reset',
  BrokenPipeError: 'broken-pipe',
  ConnectionAbortedError: 'connection-aborted',
  TimeoutError: 'timed-out',
  'socket.timeout': 'timed-out',
  'socket.gaierror': 'name-unknown',
  gaierror: 'name-unknown',
  PermissionError: 'permission-denied',
  UnicodeDecodeError: 'unicode-decode',
  UnicodeEncodeError: 'unicode-encode',
  BlockingIOError: 'would-block',
};

/** The words each OS and runtime prints, for errors pasted without a name or number. */
const phrases: [RegExp, ErrorKind][] = [
  [/address already in use|only one usage of each socket address/i, 'address-in-use'],
  [/connection refused|actively refused it/i, 'connection-refused'],
  [/connection reset by peer|forcibly closed by the remote host|socket hang up/i, 'connection-reset'],
  [/broken pipe|write after end/i, 'broken-pipe'],
  [/timed out|did not properly respond after a period of time/i, 'timed-out'],
  [/no route to host/i, 'no-route'],
  [/network is unreachable|unreachable network/i, 'network-unreachable'],
  [/cannot assign requested address|can't assign requested address|requested address is not valid/i, 'cannot-assign'],
  [/permission denied|forbidden by its access permissions/i, 'permission-denied'],
  [
    /name or service not known|nodename nor servname|temporary failure in name resolution|no such host is known/i,
    'name-unknown',
  ],
  [/connection was aborted by the software|software caused connection abort/i, 'connection-aborted'],
  [/codec can't decode/i, 'unicode-decode'],
  [/codec can't encode/i, 'unicode-encode'],
  [/too many open (?:files|sockets)/i, 'too-many-files'],
  [
    /bad file descriptor|attempted on something that is not a socket|en un elemento que no es un socket/i,
    'bad-descriptor',
  ],
  [/(?:transport endpoint|socket) is not connected|el socket no estaba conectado/i, 'not-connected'],
  [/(?:transport endpoint|socket) is already connected|on an already connected socket/i, 'already-connected'],
  [/invalid argument/i, 'invalid-argument'],
  [
    /resource temporarily unavailable|operation would block|operation now in progress|non-blocking socket operation could not|socket sin bloqueo/i,
    'would-block',
  ],
  [/address family for hostname not supported/i, 'family-mismatch'],
  [/a bytes-like object is required, not 'str'/, 'bytes-expected'],
  [/port must be 0-65535|ERR_SOCKET_BAD_PORT/, 'port-range'],
  [/(?:set|dictionary) changed size during iteration/i, 'changed-during-loop'],
  [/JSONDecodeError: Extra data|Unexpected non-whitespace character after JSON/, 'json-extra-data'],
  [/^KeyboardInterrupt\b/, 'keyboard-interrupt'],
  // Windows in Spanish, for a message pasted without its [WinError] number.
  [/denegó expresamente dicha conexión/i, 'connection-refused'],
  [/solo se permite un uso de cada dirección/i, 'address-in-use'],
  [/forzado la interrupción de una conexión/i, 'connection-reset'],
  [/anulado una conexión establecida/i, 'connection-aborted'],
];

/** Node's codes that are not an errno name: the resolver's. */
const nodeCodes: Record<string, ErrorKind> = { ENOTFOUND: 'name-unknown', EAI_AGAIN: 'name-unknown' };

const errnoByName = new Map<string, ErrnoEntry[]>();
for (const entry of errnoTable) errnoByName.set(entry.name, [...(errnoByName.get(entry.name) ?? []), entry]);

/** A state in a pasted `ss` or `netstat` line: `TIME-WAIT`, `FIN-WAIT-2` (ss) or `TIME_WAIT`, `FIN_WAIT2` (netstat). */
const tableState = /(?:^|\s)(TIME[-_]WAIT|CLOSE[-_]WAIT|FIN[-_]WAIT[-_]?2|SYN[-_]SENT)(?:\s|$)/;
const stateKinds: Record<string, ErrorKind> = {
  TIMEWAIT: 'time-wait',
  CLOSEWAIT: 'close-wait',
  FINWAIT2: 'fin-wait-2',
  SYNSENT: 'syn-sent',
};
const pythonLast = /^([A-Za-z_][\w.]*(?:Error|Exception|timeout|gaierror)): ?(.*)$/;

function numbered(number: number, system?: ErrnoEntry['system']): ErrnoEntry[] {
  return errnoTable.filter((entry) => entry.number === number && (!system || entry.system === system));
}

/** The errno and kind one line names, if any. */
function recogniseLine(line: string): Omit<Finding, 'text'> | undefined {
  const trimmed = line.trim();
  if (/^-?\d+$/.test(trimmed)) {
    const errno = numbered(Number(trimmed));
    return errno.length > 0 ? { kind: errno[0]!.kind, errno } : undefined;
  }
  const state = tableState.exec(trimmed)?.[1];
  if (state) return { kind: stateKinds[state.replace(/[-_]/g, '')]!, errno: [] };
  const bracket = /\[(Errno|WinError) (-?\d+)\]/.exec(trimmed);
  const errnoFromBracket = bracket
    ? numbered(Number(bracket[2]), bracket[1] === 'WinError' ? 'windows' : undefined)
    : [];
  const python = pythonLast.exec(trimmed);
  const exceptionKind = python ? (exceptions[python[1]!] ?? exceptions[python[1]!.split('.').pop()!]) : undefined;
  const name = /\b(WSA[A-Z_]+|E[A-Z]{3,}|EAI_[A-Z]+)\b/.exec(trimmed)?.[1];
  const named = name ? errnoByName.get(name) : undefined;
  const phrase = phrases.find(([pattern]) => pattern.test(trimmed))?.[1];
  // A number one OS alone uses ([Errno 36] is EINPROGRESS on macOS) yields to words that say otherwise.
  const bracketKind = errnoFromBracket.length === 1 ? errnoFromBracket[0]!.kind : undefined;
  // The most specific says the kind: the errno in brackets, the words, the name, the exception.
  const kind =
    (bracketKind && (!phrase || phrase === bracketKind || bracket?.[1] === 'WinError') ? bracketKind : undefined) ??
    phrase ??
    named?.[0]?.kind ??
    (name ? nodeCodes[name] : undefined) ??
    exceptionKind;
  if (!kind) return undefined;
  const fromBracket = errnoFromBracket.filter((entry) => entry.kind === kind);
  return { kind, errno: fromBracket.length > 0 ? fromBracket : (named ?? []).filter((entry) => entry.kind === kind) };
}

/** The address and port a line (or the lines before it) names: a Python tuple, `host:port`, or a resolver's host. */
function whereIn(lines: readonly string[]): { host?: string; port?: number } {
  for (const line of [...lines].reverse()) {
    const tuple = /\(\s*['"]([^'"]*)['"]\s*,\s*(\d{1,5})\s*[,)]/.exec(line);
    if (tuple) return { host: tuple[1] || '0.0.0.0', port: Number(tuple[2]) };
    // A tuple whose port is a variable still names the host: ("127.0.0.1", PORT).
    const hostOnly =
      /\(\s*['"](\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:.%\w]*|localhost)['"]\s*,\s*[A-Za-z_]\w*\s*[,)]/i.exec(line);
    if (hostOnly) return { host: hostOnly[1] };
    const joined = /(?:^|[\s(])(\[[0-9a-f:.]+\]|::|\d{1,3}(?:\.\d{1,3}){3}|localhost|\*):(\d{1,5})\b/i.exec(line);
    if (joined) return { host: joined[1]!.replace(/^\[|\]$/g, ''), port: Number(joined[2]) };
    const resolver = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)/.exec(line);
    if (resolver) return { host: resolver[1] };
  }
  return {};
}

/** The peer of a pasted `ss`/`netstat` row (its last address): the server a SYN-SENT or FIN-WAIT-2 row waits on. */
function peerOfRow(line: string): { host?: string; port?: number } {
  const addresses = [...line.matchAll(/(\[[0-9a-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})\b/gi)];
  const last = addresses.at(-1);
  return last ? { host: last[1]!.replace(/^\[|\]$/g, ''), port: Number(last[2]) } : {};
}

/** The socket call a traceback shows failing: its last source line, or the frame inside socket.py. */
const socketCall =
  /\.(accept|recv|recvfrom|sendall|send|sendto|connect|create_connection|bind|listen|getpeername)\(|, in (accept|connect|create_connection|recv|sendall|bind|listen)$/;
function callIn(lines: readonly string[]): string | undefined {
  for (const line of [...lines].reverse()) {
    const match = socketCall.exec(line.trim());
    if (match) return match[1] ?? match[2];
  }
  return undefined;
}

function unicodeDetails(line: string): Pick<Finding, 'codec' | 'byte' | 'position'> {
  const match =
    /'([\w-]+)' codec can't (?:decode byte (0x[0-9a-f]{2})|encode character '([^']+)') in position (\d+)/i.exec(line);
  if (!match) return {};
  return { codec: match[1], byte: match[2] ?? match[3], position: Number(match[4]) };
}

/** Lines longer than this are cut: a pasted error line is short, and memory stays bounded. */
const maxLine = 4096;
/** How many lines before an error may lend it an address (a traceback's frames). */
const context = 12;

/**
 * Reads a text line by line, as it arrives, and returns each distinct trouble the first time it
 * appears: a traceback's last line, an errno name or number, a Node error, or a pasted `ss`/`netstat`
 * line. The lines before an error in the same traceback (`s.bind(("127.0.0.1", 5050))`) lend it
 * their address. Memory stays bounded whatever the input's length.
 */
export class ErrorScanner {
  private readonly found = new Set<ErrorKind>();
  private window: string[] = [];

  push(rawLine: string): Finding | undefined {
    const line = rawLine.replace(/\r$/, '').slice(0, maxLine);
    if (/^Traceback \(most recent call last\)/.test(line)) this.window = [];
    this.window = [...this.window.slice(-(context - 1)), line];
    const recognised = recogniseLine(line);
    if (!recognised) return undefined;
    const row = tableState.test(line.trim());
    const where =
      row && recognised.kind !== 'time-wait' && recognised.kind !== 'close-wait'
        ? peerOfRow(line)
        : whereIn(this.window);
    // EINVAL from a bind whose address carries a %interface is the IPv6 scope, not a generic bad argument.
    const kind: ErrorKind =
      recognised.kind === 'invalid-argument' && where.host?.includes('%') ? 'link-local-bind' : recognised.kind;
    if (this.found.has(kind)) return undefined;
    this.found.add(kind);
    const details = kind.startsWith('unicode') ? unicodeDetails(line) : {};
    const call = row ? undefined : callIn(this.window);
    return { ...recognised, kind, text: line.trim().slice(0, 300), ...where, ...(call ? { call } : {}), ...details };
  }
}

/** Every distinct trouble in a whole text, once each, in the order they first appear. */
export function recogniseErrors(text: string): Finding[] {
  const scanner = new ErrorScanner();
  return text.split('\n').flatMap((line) => scanner.push(line) ?? []);
}

/** The names a learner may mistype: errno and Winsock names, Node's resolver codes, Python's exceptions. */
const knownNames = [
  ...new Set([...errnoTable.map((entry) => entry.name), ...Object.keys(nodeCodes), ...Object.keys(exceptions)]),
  'KeyboardInterrupt',
  'JSONDecodeError',
  'OverflowError',
];

/** For input nothing was found in: the known name nearest to one of its words (`ECONNREFUSE` → `ECONNREFUSED`). */
export function nearestName(text: string): string | undefined {
  for (const word of text.match(/[A-Za-z_][\w.]{3,}/g) ?? []) {
    const near = closest(word, knownNames);
    if (near) return near;
  }
  return undefined;
}
