/** Every socket or encoding trouble `netlearn explain` knows, by a stable id. */
export const errorKinds = [
  'address-in-use',
  'connection-refused',
  'connection-reset',
  'broken-pipe',
  'timed-out',
  'no-route',
  'network-unreachable',
  'cannot-assign',
  'permission-denied',
  'name-unknown',
  'connection-aborted',
  'unicode-decode',
  'unicode-encode',
  'time-wait',
  'close-wait',
  'fin-wait-2',
  'syn-sent',
  'too-many-files',
  'bad-descriptor',
  'not-connected',
  'already-connected',
  'invalid-argument',
  'link-local-bind',
  'would-block',
  'family-mismatch',
  'bytes-expected',
  'port-range',
  'changed-during-loop',
  'json-extra-data',
  'keyboard-interrupt',
] as const;

export type ErrorKind = (typeof errorKinds)[number];

/** The OS whose numbering a number or name belongs to. */
export type ErrnoSystem = 'linux' | 'macos' | 'windows';

/** An errno by name and number on one OS: `EADDRINUSE` is 98 on Linux, 48 on macOS, 10048 on Windows. */
export interface ErrnoEntry {
  kind: ErrorKind;
  name: string;
  number: number;
  system: ErrnoSystem;
}

const unixNames: [ErrorKind, string, number, number][] = [
  // kind, name, Linux number, macOS number
  ['address-in-use', 'EADDRINUSE', 98, 48],
  ['connection-refused', 'ECONNREFUSED', 111, 61],
  ['connection-reset', 'ECONNRESET', 104, 54],
  ['broken-pipe', 'EPIPE', 32, 32],
  ['timed-out', 'ETIMEDOUT', 110, 60],
  ['no-route', 'EHOSTUNREACH', 113, 65],
  ['network-unreachable', 'ENETUNREACH', 101, 51],
  ['cannot-assign', 'EADDRNOTAVAIL', 99, 49],
  ['permission-denied', 'EACCES', 13, 13],
  ['connection-aborted', 'ECONNABORTED', 103, 53],
  ['too-many-files', 'EMFILE', 24, 24],
  ['bad-descriptor', 'EBADF', 9, 9],
  ['not-connected', 'ENOTCONN', 107, 57],
  ['already-connected', 'EISCONN', 106, 56],
  ['invalid-argument', 'EINVAL', 22, 22],
  ['would-block', 'EAGAIN', 11, 35],
  ['would-block', 'EINPROGRESS', 115, 36],
];

const windowsNames: [ErrorKind, string, number][] = [
  ['address-in-use', 'WSAEADDRINUSE', 10048],
  ['connection-refused', 'WSAECONNREFUSED', 10061],
  ['connection-reset', 'WSAECONNRESET', 10054],
  ['broken-pipe', 'WSAESHUTDOWN', 10058],
  ['timed-out', 'WSAETIMEDOUT', 10060],
  ['no-route', 'WSAEHOSTUNREACH', 10065],
  ['network-unreachable', 'WSAENETUNREACH', 10051],
  ['cannot-assign', 'WSAEADDRNOTAVAIL', 10049],
  ['permission-denied', 'WSAEACCES', 10013],
  ['connection-aborted', 'WSAECONNABORTED', 10053],
  ['name-unknown', 'WSAHOST_NOT_FOUND', 11001],
  ['too-many-files', 'WSAEMFILE', 10024],
  // Windows says "not a socket" where Linux says "bad file descriptor": a socket used after close().
  ['bad-descriptor', 'WSAENOTSOCK', 10038],
  ['not-connected', 'WSAENOTCONN', 10057],
  ['already-connected', 'WSAEISCONN', 10056],
  ['invalid-argument', 'WSAEINVAL', 10022],
  ['would-block', 'WSAEWOULDBLOCK', 10035],
];

/** The errno table: Linux, macOS and Windows (Winsock) numbering of the errors netlearn knows. */
export const errnoTable: readonly ErrnoEntry[] = [
  ...unixNames.map(([kind, name, number]) => ({ kind, name, number, system: 'linux' as const })),
  ...unixNames.map(([kind, name, , number]) => ({ kind, name, number, system: 'macos' as const })),
  ...windowsNames.map(([kind, name, number]) => ({ kind, name, number, system: 'windows' as const })),
  // getaddrinfo's own codes, which Python raises as socket.gaierror.
  { kind: 'name-unknown', name: 'EAI_NONAME', number: -2, system: 'linux' },
  { kind: 'name-unknown', name: 'EAI_AGAIN', number: -3, system: 'linux' },
  { kind: 'name-unknown', name: 'EAI_NONAME', number: 8, system: 'macos' },
  { kind: 'family-mismatch', name: 'EAI_ADDRFAMILY', number: -9, system: 'linux' },
];

/** The lesson that teaches each trouble. */
export const kindLesson: Record<ErrorKind, string> = {
  'address-in-use': 'stopping-server',
  'connection-refused': 'connection-life',
  'connection-reset': 'connection-life',
  'broken-pipe': 'safe-broadcast',
  'timed-out': 'connection-life',
  'no-route': 'ipv4',
  'network-unreachable': 'ipv4',
  'cannot-assign': 'room-network',
  'permission-denied': 'port',
  'name-unknown': 'host',
  'connection-aborted': 'connection-life',
  'unicode-decode': 'utf8',
  'unicode-encode': 'utf8',
  'time-wait': 'connection-life',
  'close-wait': 'connection-life',
  'fin-wait-2': 'connection-life',
  'syn-sent': 'connection-life',
  'too-many-files': 'connection-life',
  'bad-descriptor': 'connection-life',
  'not-connected': 'client',
  'already-connected': 'client',
  'invalid-argument': 'server',
  'link-local-bind': 'ipv6',
  'would-block': 'tcp-stream',
  'family-mismatch': 'af-inet',
  'bytes-expected': 'utf8',
  'port-range': 'port',
  'changed-during-loop': 'safe-broadcast',
  'json-extra-data': 'tcp-stream',
  'keyboard-interrupt': 'stopping-server',
};
