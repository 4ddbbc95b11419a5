import { defaultChat } from './default-chat.js';

/** One end of a connection as Node reports it. */
export interface SocketEnd {
  /** `127.0.0.1`, `::1`, `::ffff:127.0.0.1`, or a Unix socket path (empty for an unnamed client). */
  address: string;
  /** Absent for Unix sockets. */
  port?: number;
  family: 'IPv4' | 'IPv6' | 'Unix';
}

/** A Python string literal as `repr()` writes it: single quotes unless the text holds one and no double. */
export function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\') body += '\\\\';
    else if (char === quote) body += `\\${quote}`;
    else if (char === '\n') body += '\\n';
    else if (char === '\r') body += '\\r';
    else if (char === '\t') body += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) body += `\\x${code.toString(16).padStart(2, '0')}`;
    else body += char;
  }
  return quote + body + quote;
}

/**
 * The address tuple exactly as Python prints what `accept()` or `getpeername()` returns:
 * `('127.0.0.1', 51234)` for AF_INET, `('::1', 51234, 0, 0)` for AF_INET6 (flowinfo, scope id),
 * and the bare path for AF_UNIX.
 */
export function pythonTuple(end: SocketEnd, scopeId = 0): string {
  if (end.family === 'Unix') return pythonRepr(end.address);
  const port = end.port ?? 0;
  if (end.family === 'IPv6') return `(${pythonRepr(end.address)}, ${port}, 0, ${scopeId})`;
  return `(${pythonRepr(end.address)}, ${port})`;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`), or undefined. */
export function mappedIPv4(address: string): string | undefined {
  return /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
}

/** `127.0.0.1:5050` or `[::1]:5050`: an IPv6 literal goes in brackets so its colons stay apart from the port. */
export function joinHostPort(host: string, port?: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** `127.0.0.1:5050`, `[::1]:5050`, or the path: how to write an end in a message or a URL. */
export function hostPort(end: SocketEnd): string {
  if (end.family === 'Unix') return end.address;
  return joinHostPort(end.address, end.port);
}

/**
 * The host and port to connect to a server listening at `where` ("127.0.0.1:5050", "[::1]:5050"):
 * a wildcard address is reached through loopback on the same machine.
 */
export function connectTarget(where: string): { host: string; port: string } {
  const match = /^\[?(.*?)\]?:(\d+)$/.exec(where);
  const host = match?.[1] ?? where;
  return {
    host: host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '::1' : host,
    port: match?.[2] ?? String(defaultChat.port),
  };
}

/** The Python statement that makes a listening socket of this family, as the demo shows it. */
export function pythonSocketLine(family: SocketEnd['family']): string {
  const af = family === 'Unix' ? 'AF_UNIX' : family === 'IPv6' ? 'AF_INET6' : 'AF_INET';
  return `s = socket.socket(socket.${af}, socket.SOCK_STREAM)`;
}

/**
 * `s.bind(("127.0.0.1", 5050)); s.listen()`, or `s.bind("/tmp/x.sock"); s.listen()` for a Unix socket:
 * the two calls that give a server its address. A port not known yet is written `PORT`.
 */
export function pythonBindLine(end: SocketEnd): string {
  if (end.family === 'Unix') return `s.bind(${JSON.stringify(end.address)}); s.listen()`;
  return `s.bind(("${end.address}", ${end.port ?? 'PORT'})); s.listen()`;
}
