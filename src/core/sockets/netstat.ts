import type { Endpoint, SocketEntry } from './proc-net-tcp.js';
import { isTcpState, type TcpState } from './tcp-states.js';

/** The state names netstat prints on macOS (BSD) and Windows (some translated), as Linux names them. */
const stateNames: Record<string, TcpState> = {
  LISTENING: 'LISTEN',
  SYN_RCVD: 'SYN_RECV',
  SYN_RECEIVED: 'SYN_RECV',
  FIN_WAIT_1: 'FIN_WAIT1',
  FIN_WAIT_2: 'FIN_WAIT2',
  CLOSED: 'CLOSE',
  // A Spanish Windows translates these two and leaves the rest in English.
  ESCUCHANDO: 'LISTEN',
  ESTABLECIDO: 'ESTABLISHED',
};

function tcpState(name: string): TcpState | undefined {
  const upper = name.toUpperCase();
  return stateNames[upper] ?? (isTcpState(upper) ? upper : undefined);
}

/** `127.0.0.1.5050`, `*.5050`, `::1.5050`, `fe80::1%lo0.5050` or `*.*`: BSD writes the port after the last dot. */
function bsdEnd(text: string, family: SocketEntry['family']): Endpoint | undefined {
  const dot = text.lastIndexOf('.');
  if (dot < 0) return undefined;
  const host = text.slice(0, dot);
  const portText = text.slice(dot + 1);
  const port = portText === '*' ? 0 : Number(portText);
  if (!Number.isInteger(port) || port > 65_535) return undefined;
  const wildcard = family === 'IPv6' ? '::' : '0.0.0.0';
  return { address: host === '*' ? wildcard : host, port };
}

/** The column index of each header name, the two-word ones ("Local Address") counted as one. */
function headerColumns(header: string): string[] {
  return header
    .replace(/Local Address/i, 'Local')
    .replace(/Foreign Address/i, 'Foreign')
    .trim()
    .split(/\s+/)
    .map((name) => name.toLowerCase());
}

/**
 * `netstat -anv -p tcp` on macOS: `tcp4 0 0 127.0.0.1.5050 127.0.0.1.52144 ESTABLISHED ...`.
 * With -v a `pid` column says the owner (newer versions write `process:pid` instead).
 * `tcp46` is a dual-stack socket; it is listed as IPv6, as Linux lists one.
 */
export function parseMacNetstat(text: string): SocketEntry[] {
  const lines = text.split(/\r?\n/);
  const header = lines.find((line) => /^Proto\s/i.test(line));
  const columns = header ? headerColumns(header) : [];
  const pidColumn = columns.indexOf('pid');
  const processColumn = columns.indexOf('process:pid');
  const entries: SocketEntry[] = [];
  for (const line of lines) {
    const fields = line.trim().split(/\s+/);
    const [proto, recvQ, sendQ, local, remote, stateName] = fields;
    if (!proto || !/^tcp(4|6|46)?$/.test(proto)) continue;
    const family = proto === 'tcp4' ? 'IPv4' : 'IPv6';
    const state = stateName ? tcpState(stateName) : undefined;
    const localEnd = local ? bsdEnd(local, family) : undefined;
    const remoteEnd = remote ? bsdEnd(remote, family) : undefined;
    if (!state || !localEnd || !remoteEnd) continue;
    const owner = processColumn >= 0 ? /^(.*):(\d+)$/.exec(fields[processColumn] ?? '') : undefined;
    const pid = owner ? Number(owner[2]) : pidColumn >= 0 ? Number(fields[pidColumn]) : Number.NaN;
    entries.push({
      family,
      local: localEnd,
      remote: remoteEnd,
      state,
      sendQ: Number(sendQ),
      recvQ: Number(recvQ),
      inode: 0,
      pid: Number.isInteger(pid) && pid > 0 ? pid : null,
      process: owner ? owner[1]! : null,
    });
  }
  return entries;
}

/** `127.0.0.1:5050`, `[::1]:5050`, `[fe80::1%7]:5052` or `*:*`. */
function windowsEnd(text: string): { end: Endpoint; family: SocketEntry['family'] } | undefined {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d+|\*)$/.exec(text);
  if (!match) return undefined;
  const family = match[1] !== undefined ? 'IPv6' : 'IPv4';
  const host = match[1] ?? match[2]!;
  const port = match[3] === '*' ? 0 : Number(match[3]);
  return port > 65_535 ? undefined : { end: { address: host === '*' ? '0.0.0.0' : host, port }, family };
}

/**
 * `netstat -ano -p tcp` (and `-p tcpv6`) on Windows: `TCP 127.0.0.1:5050 0.0.0.0:0 LISTENING 4242`.
 * Windows shows no queues (0 here); PID 0 is the system holding a TIME_WAIT, so no owner.
 */
export function parseWindowsNetstat(text: string): SocketEntry[] {
  const entries: SocketEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [proto, local, remote, stateName, pidText] = line.trim().split(/\s+/);
    if (proto?.toUpperCase() !== 'TCP' || !local || !remote || !stateName) continue;
    const localEnd = windowsEnd(local);
    const remoteEnd = windowsEnd(remote);
    const state = tcpState(stateName);
    if (!localEnd || !remoteEnd || !state) continue;
    const pid = Number(pidText);
    entries.push({
      family: localEnd.family,
      local: localEnd.end,
      remote: remoteEnd.end,
      state,
      sendQ: 0,
      recvQ: 0,
      inode: 0,
      pid: Number.isInteger(pid) && pid > 0 ? pid : null,
      process: null,
    });
  }
  return entries;
}
