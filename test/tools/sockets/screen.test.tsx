import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeMachine, socketEntry as entry } from '../../helpers/fake-sockets.js';
import { press, renderApp, resize, waitForFrame } from '../../helpers/render.js';

afterEach(cleanup);

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

  /** A server on 5050 with `clients` clients (both ends of each), on the sockets screen at this size. */
  async function busyServer(clients: number, columns: number, rows: number): Promise<string> {
    const table = [entry(5050, 0, 'LISTEN', 4242)];
    for (let n = 0; n < clients; n++)
      table.push(entry(5050, 40000 + n, 'ESTABLISHED'), entry(40000 + n, 5050, 'ESTABLISHED'));
    const app = renderApp('sockets', {
      fakeSources: { sockets: fakeMachine(table).sources },
      payload: { example: '5050' },
    });
    await waitForFrame(app, `${table.length} TCP sockets`);
    resize(app, columns, rows);
    return waitForFrame(app, (shown) => shown.split('\n')[0]!.length === columns && /more sockets/.test(shown));
  }
  const socketRows = (frame: string) =>
    frame.split('\n').filter((row) => /^ (LISTEN|ESTABLISHED) +(listener|server|client) /.test(row));

  it('fills an 80x24 terminal with sockets, and with a port typed does not ask for one', async () => {
    const frame = await busyServer(20, 80, 24);
    expect(socketRows(frame).length).toBeGreaterThanOrEqual(12);
    expect(frame).toContain('ESTABLISHED: Connected');
    expect(frame).not.toContain('type a port');
  });

  it('on a 140-column terminal, the sockets take the whole height with what their states mean beside them', async () => {
    const frame = await busyServer(30, 140, 45);
    expect(socketRows(frame).length).toBeGreaterThanOrEqual(38);
    expect(frame).toMatch(/^ 61 TCP sockets .* LISTEN: Waiting for clients/m);
  });
});
