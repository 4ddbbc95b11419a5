import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { SocketEntry } from '../../../src/core/sockets/proc-net-tcp.js';
import type { TcpState } from '../../../src/core/sockets/tcp-states.js';
import type { SocketsSources } from '../../../src/tools/sockets/sources.js';
import { press, renderApp, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

const end = (port: number) => ({ address: '127.0.0.1', port });
const entry = (local: number, remote: number, state: TcpState, pid: number | null = null): SocketEntry => ({
  family: 'IPv4',
  local: end(local),
  remote: remote === 0 ? { address: '0.0.0.0', port: 0 } : end(remote),
  state,
  sendQ: 0,
  recvQ: 0,
  inode: 0,
  pid,
  process: pid === null ? null : 'python3',
});

/** A machine whose table the test changes by hand: the screen sees it at its next look. */
function fakeMachine(table: SocketEntry[]): { sources: SocketsSources; set: (next: SocketEntry[]) => void } {
  let current = table;
  return {
    set: (next) => (current = next),
    sources: {
      readSockets: () => current,
      tableSource: 'a test table',
      owners: () => new Map(),
      isNetlearn: () => false,
      ephemeralRange: () => ({ start: 32_768, end: 60_999, source: 'test' }),
    },
  };
}

describe('sockets screen', () => {
  it('lists the port sockets with roles, Python tuples and what each state means, then shows a change', async () => {
    const machine = fakeMachine([
      entry(5050, 0, 'LISTEN', 4242),
      entry(5050, 40000, 'ESTABLISHED'),
      entry(40000, 5050, 'ESTABLISHED'),
      entry(22, 0, 'LISTEN'),
    ]);
    const app = renderApp('sockets', { fakeSources: { sockets: machine.sources }, payload: { example: '5050' } });
    const frame = await waitForFrame(app, '3 TCP sockets (port 5050), read from a test table');
    expect(frame).toMatch(/LISTEN +listener +\('127\.0\.0\.1', 5050\) python3:4242/);
    expect(frame).toMatch(/ESTABLISHED +client +\('127\.0\.0\.1', 40000\) -> \('127\.0\.0\.1', 5050\)/);
    expect(frame).toContain('ESTABLISHED: Connected: both sides can send() and recv()');
    expect(frame).not.toContain("('127.0.0.1', 22)");
    machine.set([entry(5050, 0, 'LISTEN', 4242), entry(5050, 40000, 'TIME_WAIT')]);
    await waitForFrame(app, /server 5050 ESTABLISHED -> TIME_WAIT/);
    await waitForFrame(app, /client 40000 ESTABLISHED -> gone/);
  });

  it('says what to type when the port is not one, in Spanish', async () => {
    const machine = fakeMachine([]);
    const app = renderApp('sockets', { lang: 'es', fakeSources: { sockets: machine.sources } });
    await waitForFrame(app, 'No hay sockets TCP (puertos de netlearn: 5050)');
    await press(app, 'x', 'Escribí un puerto de 0 a 65535');
  });
});
