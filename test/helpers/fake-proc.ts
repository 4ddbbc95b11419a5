import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { endianness, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
const states = { ESTABLISHED: '01', CLOSE_WAIT: '08', LISTEN: '0A', TIME_WAIT: '06' } as const;
type State = keyof typeof states;

/** A 32-bit word as /proc prints it: host byte order. */
function word(bytes: number[]): string {
  const ordered = endianness() === 'LE' ? [...bytes].reverse() : bytes;
  return ordered.map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join('');
}

function hexAddress(address: string): string {
  if (address.includes('.')) return word(address.split('.').map(Number));
  // Only the two IPv6 addresses these trees use: the wildcard and loopback.
  const bytes = Array<number>(16).fill(0);
  if (address === '::1') bytes[15] = 1;
  return [0, 4, 8, 12].map((at) => word(bytes.slice(at, at + 4))).join('');
}

export interface Row {
  local: [string, number];
  remote?: [string, number];
  state: State;
  inode: number;
}

function table(rows: Row[]): string {
  const header = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n';
  const hexPort = (port: number) => port.toString(16).toUpperCase().padStart(4, '0');
  return (
    header +
    rows
      .map((row, i) => {
        const wild = row.local[0].includes(':') ? '::' : '0.0.0.0';
        const [remote, remotePort] = row.remote ?? [wild, 0];
        return `${String(i).padStart(4)}: ${hexAddress(row.local[0])}:${hexPort(row.local[1])} ${hexAddress(remote)}:${hexPort(remotePort)} ${states[row.state]} 00000000:00000000 00:00000000 00000000  1000        0 ${row.inode} 1 0000000000000000 100 0 0 10 0\n`;
      })
      .join('')
  );
}

export interface FakeProcess {
  pid: number;
  argv: string[];
  comm: string;
  threads?: number;
  /** What each fd links to: `socket:[inode]`, a path; `unreadable` makes fd/ a plain file. */
  fds: string[] | 'unreadable';
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A fake /proc: net/tcp, net/tcp6 and one folder per process. */
export function fakeProc(tcp: Row[], tcp6: Row[], processes: FakeProcess[]): string {
  const root = mkdtempSync(join(tmpdir(), 'netlearn-proc-'));
  roots.push(root);
  mkdirSync(join(root, 'net'));
  writeFileSync(join(root, 'net/tcp'), table(tcp));
  writeFileSync(join(root, 'net/tcp6'), table(tcp6));
  mkdirSync(join(root, 'self'));
  for (const process of processes) {
    const dir = join(root, String(process.pid));
    mkdirSync(dir);
    writeFileSync(join(dir, 'cmdline'), process.argv.map((word) => `${word}\0`).join(''));
    writeFileSync(join(dir, 'comm'), `${process.comm}\n`);
    writeFileSync(
      join(dir, 'status'),
      `Name:\t${process.comm}\nState:\tS (sleeping)\nThreads:\t${process.threads ?? 1}\n`,
    );
    if (process.fds === 'unreadable') {
      writeFileSync(join(dir, 'fd'), '');
      continue;
    }
    mkdirSync(join(dir, 'fd'));
    process.fds.forEach((target, fd) => symlinkSync(target, join(dir, 'fd', String(fd))));
  }
  return root;
}

export const stdio = ['/dev/null', '/dev/pts/0', '/dev/pts/0'];
