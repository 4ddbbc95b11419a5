import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inferRoles, endTuple, socketsOnPorts } from '../../src/core/sockets/socket-model.js';
import { readEphemeralRange } from '../../src/system/ephemeral-range.js';
import { readProcSockets, socketOwners } from '../../src/system/tcp-sockets.js';

const open: (Server | Socket)[] = [];
afterEach(async () => {
  const things = open.splice(0);
  // Connections first: a server's close() waits for its connections to end.
  for (const thing of things) if ('destroy' in thing) thing.destroy();
  for (const thing of things) if (!('destroy' in thing)) await new Promise((resolve) => thing.close(resolve));
});

/** A loopback server that keeps every accepted socket open (and never closes on the client's FIN). */
async function server(host: string): Promise<{ port: number; accepted: Socket[] }> {
  const accepted: Socket[] = [];
  const listener = createServer({ allowHalfOpen: true }, (socket) => {
    accepted.push(socket);
    open.push(socket);
  });
  open.push(listener);
  await new Promise<void>((resolve) => listener.listen(0, host, resolve));
  return { port: (listener.address() as { port: number }).port, accepted };
}

async function client(host: string, port: number): Promise<Socket> {
  const socket = createConnection({ host, port });
  open.push(socket);
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

/** The sockets on one port as the reader sees them: `STATE role local remote`. */
function seen(port: number): string[] {
  const rows = inferRoles(readProcSockets(), readEphemeralRange());
  return socketsOnPorts(rows, [port])
    .map((row) => `${row.state} ${row.role} ${endTuple(row.local, row.family)} ${endTuple(row.remote, row.family)}`)
    .sort();
}

describe.runIf(process.platform === 'linux')('the /proc reader on real loopback sockets', () => {
  it('finds a listener and both sides of an established connection, as Python tuples', async () => {
    const { port } = await server('127.0.0.1');
    const socket = await client('127.0.0.1', port);
    const mine = socket.localPort!;
    await vi.waitFor(() =>
      expect(seen(port)).toEqual(
        [
          `ESTABLISHED client ('127.0.0.1', ${mine}) ('127.0.0.1', ${port})`,
          `ESTABLISHED server ('127.0.0.1', ${port}) ('127.0.0.1', ${mine})`,
          `LISTEN listener ('127.0.0.1', ${port}) ('0.0.0.0', 0)`,
        ].sort(),
      ),
    );
  });

  it('shows FIN_WAIT2 on the side that closed and CLOSE_WAIT on the side that has not', async () => {
    const { port } = await server('127.0.0.1');
    const socket = await client('127.0.0.1', port);
    const mine = socket.localPort!;
    socket.end();
    await vi.waitFor(
      () => {
        expect(seen(port)).toContain(`FIN_WAIT2 client ('127.0.0.1', ${mine}) ('127.0.0.1', ${port})`);
        expect(seen(port)).toContain(`CLOSE_WAIT server ('127.0.0.1', ${port}) ('127.0.0.1', ${mine})`);
      },
      { timeout: 5000 },
    );
  });

  it('leaves TIME_WAIT on the side that closed first, here the server', async () => {
    const { port, accepted } = await server('127.0.0.1');
    const socket = await client('127.0.0.1', port);
    const mine = socket.localPort!;
    await vi.waitFor(() => expect(accepted).toHaveLength(1));
    accepted[0]!.end();
    await vi.waitFor(
      () => expect(seen(port)).toContain(`TIME_WAIT server ('127.0.0.1', ${port}) ('127.0.0.1', ${mine})`),
      { timeout: 5000 },
    );
    expect(seen(port).filter((line) => line.includes('client'))).toEqual([]);
  });

  it('reads IPv6 sockets as four-element tuples', async () => {
    const { port } = await server('::1');
    const socket = await client('::1', port);
    const mine = socket.localPort!;
    await vi.waitFor(() =>
      expect(seen(port)).toContain(`ESTABLISHED client ('::1', ${mine}, 0, 0) ('::1', ${port}, 0, 0)`),
    );
  });

  it('names this process as the owner of its listener', async () => {
    const { port } = await server('127.0.0.1');
    const listener = readProcSockets().find((row) => row.state === 'LISTEN' && row.local.port === port)!;
    const owners = socketOwners(new Set([listener.inode]));
    expect(owners.get(listener.inode)?.pid).toBe(process.pid);
  });
});
