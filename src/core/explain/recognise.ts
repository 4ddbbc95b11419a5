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
];

/** Node's codes that are not an errno name: the resolver's. */
const nodeCodes: Record<string, ErrorKind> = { ENOTFOUND: 'name-unknown', EAI_AGAIN: 'name-unknown' };

const errnoByName = new Map<string, ErrnoEntry[]>();
for (const entry of errnoTable) errnoByName.set(entry.name, [...(errnoByName.get(entry.name) ?? []), entry]);

/** A state in a pasted `ss` or `netstat` line: `TIME-WAIT` (ss) or `TIME_WAIT` (netstat). */
const tableState = /(?:^|\s)(TIME[-_]WAIT|CLOSE[-_]WAIT)(?:\s|$)/;
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
  if (state) return { kind: state.startsWith('TIME') ? 'time-wait' : 'close-wait', errno: [] };
  const bracket = /\[(Errno|WinError) (-?\d+)\]/.exec(trimmed);
  const errnoFromBracket = bracket
    ? numbered(Number(bracket[2]), bracket[1] === 'WinError' ? 'windows' : undefined)
    : [];
  const python = pythonLast.exec(trimmed);
  const exceptionKind = python ? (exceptions[python[1]!] ?? exceptions[python[1]!.split('.').pop()!]) : undefined;
  const name = /\b(WSA[A-Z_]+|E[A-Z]{3,}|EAI_[A-Z]+)\b/.exec(trimmed)?.[1];
  const named = name ? errnoByName.get(name) : undefined;
  const phrase = phrases.find(([pattern]) => pattern.test(trimmed))?.[1];
  // The most specific says the kind: the errno in brackets, the name, the exception, the words.
  const kind =
    (errnoFromBracket.length === 1 ? errnoFromBracket[0]!.kind : undefined) ??
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
    const joined = /(?:^|[\s(])(\[[0-9a-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}|localhost|\*):(\d{1,5})\b/i.exec(line);
    if (joined) return { host: joined[1]!.replace(/^\[|\]$/g, ''), port: Number(joined[2]) };
    const resolver = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)/.exec(line);
    if (resolver) return { host: resolver[1] };
  }
  return {};
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
    if (!recognised || this.found.has(recognised.kind)) return undefined;
    this.found.add(recognised.kind);
    const details = recognised.kind.startsWith('unicode') ? unicodeDetails(line) : {};
    return { ...recognised, text: line.trim().slice(0, 300), ...whereIn(this.window), ...details };
  }
}

/** Every distinct trouble in a whole text, once each, in the order they first appear. */
export function recogniseErrors(text: string): Finding[] {
  const scanner = new ErrorScanner();
  return text.split('\n').flatMap((line) => scanner.push(line) ?? []);
}
