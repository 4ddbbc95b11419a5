import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoServer, nextEvent, type DemoEvent } from '../../src/net/demo-server.js';

let demo: DemoServer | undefined;
afterEach(async () => {
  await demo?.stop();
  demo = undefined;
});

async function started(family: 'inet' | 'inet6' | 'unix' = 'inet') {
  demo = new DemoServer({ family });
  const events: DemoEvent[] = [];
  demo.on('event', (event) => events.push(event));
  await demo.start();
  return { server: demo, events };
}

const closedEvent = (client: number) => (e: DemoEvent) => e.event === 'closed' && e.client === client;

describe('the live demo server', () => {
  it('listens on the literal 127.0.0.1 at a port the OS picked', async () => {
    const { server, events } = await started();
    expect(events[0]).toEqual({
      event: 'listening',
      family: 'IPv4',
      address: '127.0.0.1',
      port: server.port,
      pythonSocket: 's = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
      pythonBind: `s.bind(("127.0.0.1", ${server.port})); s.listen()`,
    });
    expect(server.port).toBeGreaterThan(0);
  });

  it('both ends of every connection agree on the tuple, and connected comes before accepted', async () => {
    const { server, events } = await started();
    const ids = [server.addClient(), server.addClient(), server.addClient()];
    for (const id of ids)
      await nextEvent(server, (e) => e.event === 'accepted' && e.client === id).catch(() => undefined);
    for (const id of ids) {
      const mine = events.filter((e) => 'client' in e && e.client === id);
      expect(mine.map((e) => e.event)).toEqual(['connected', 'accepted']);
      const [connected, accepted] = mine as [
        Extract<DemoEvent, { event: 'connected' }>,
        Extract<DemoEvent, { event: 'accepted' }>,
      ];
      expect(connected.remote).toEqual({ address: '127.0.0.1', port: server.port });
      expect(accepted.peer).toEqual({ ...connected.local, family: 'IPv4' });
      expect(accepted.tuple).toBe(`('127.0.0.1', ${connected.local.port})`);
    }
  });

  it('a message shows its text, byte count and hex', async () => {
    const { server } = await started();
    const id = server.addClient();
    await nextEvent(server, (e) => e.event === 'accepted' && e.client === id);
    const message = nextEvent(server, (e) => e.event === 'message');
    server.send(id, '¡Hola! ñ');
    expect(await message).toEqual({
      event: 'message',
      client: id,
      text: '¡Hola! ñ',
      bytes: 10,
      hex: 'c2a1486f6c612120c3b1',
    });
  });

  it('a close says which side closed', async () => {
    const { server } = await started();
    const one = server.addClient();
    const two = server.addClient();
    await nextEvent(server, (e) => e.event === 'accepted' && e.client === two);
    const firstClosed = nextEvent(server, closedEvent(one));
    server.disconnect(one, 'client');
    expect(await firstClosed).toEqual({ event: 'closed', client: one, by: 'client' });
    const secondClosed = nextEvent(server, closedEvent(two));
    server.disconnect(two, 'server');
    expect(await secondClosed).toEqual({ event: 'closed', client: two, by: 'server' });
  });

  it('an outside client (nc, Python) appears with a number of its own', async () => {
    const { server } = await started();
    const accepted = nextEvent(server, (e) => e.event === 'accepted');
    const outside = connect({ host: '127.0.0.1', port: server.port });
    outside.on('error', () => {});
    await new Promise((resolve) => outside.once('connect', resolve));
    expect(await accepted).toMatchObject({
      event: 'accepted',
      client: 1,
      outside: true,
      tuple: `('127.0.0.1', ${outside.localPort})`,
    });
    const closed = nextEvent(server, closedEvent(1));
    outside.end();
    expect(await closed).toMatchObject({ by: 'client' });
  });

  it('stopping closes every connection from the server side and frees the port', async () => {
    const { server, events } = await started();
    const id = server.addClient();
    await nextEvent(server, (e) => e.event === 'accepted' && e.client === id);
    const port = server.port;
    await server.stop();
    expect(events.slice(-2)).toEqual([{ event: 'closed', client: id, by: 'server' }, { event: 'stopped' }]);
    const probe = connect({ host: '127.0.0.1', port });
    await expect(
      new Promise((resolve, reject) => probe.once('connect', resolve).once('error', reject)),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('the same scene runs over a Unix socket, whose folder is removed afterwards', async () => {
    const { server, events } = await started('unix');
    const path = server.socketPath!;
    expect(existsSync(path)).toBe(true);
    const id = server.addClient();
    await nextEvent(server, (e) => e.event === 'accepted' && e.client === id);
    expect(events.find((e) => e.event === 'accepted')).toMatchObject({ tuple: "''", peer: { family: 'Unix' } });
    await server.stop();
    expect(existsSync(path)).toBe(false);
  });

  it('over IPv6 the tuple has four parts', async () => {
    const { server, events } = await started('inet6');
    const id = server.addClient();
    await nextEvent(server, (e) => e.event === 'accepted' && e.client === id);
    const connected = events.find((e) => e.event === 'connected') as Extract<DemoEvent, { event: 'connected' }>;
    expect(events.find((e) => e.event === 'accepted')).toMatchObject({
      tuple: `('::1', ${connected.local.port}, 0, 0)`,
    });
  });

  it('a burst of 200 clients all pair up with the right numbers', async () => {
    const { server, events } = await started();
    const ids = Array.from({ length: 200 }, () => server.addClient());
    const last = ids[ids.length - 1]!;
    await nextEvent(server, () => events.filter((e) => e.event === 'accepted').length === 200, 15_000).catch(
      () => undefined,
    );
    const accepted = events.filter((e): e is Extract<DemoEvent, { event: 'accepted' }> => e.event === 'accepted');
    expect(accepted).toHaveLength(200);
    expect(accepted.some((e) => e.outside)).toBe(false);
    const localPorts = new Map(events.filter((e) => e.event === 'connected').map((e) => [e.client, e.local.port]));
    for (const e of accepted) expect(e.peer.port).toBe(localPorts.get(e.client));
    expect(last).toBe(200);
  });
});

type Connected = Extract<DemoEvent, { event: 'connected' }>;
type Accepted = Extract<DemoEvent, { event: 'accepted' }>;

/** One built-in client on a fresh server of this family: the events it brought. */
async function oneClient(family: 'inet' | 'inet6' | 'unix') {
  const { server, events } = await started(family);
  const id = server.addClient();
  await nextEvent(server, (e) => e.event === 'accepted' && e.client === id);
  const connected = events.find((e): e is Connected => e.event === 'connected')!;
  const accepted = events.find((e): e is Accepted => e.event === 'accepted')!;
  return { server, listening: events[0]!, connected, accepted };
}

describe('every event carries the Python tuples a subscriber shows', () => {
  it('IPv4: pairs on both ends, and the bind line with the real port', async () => {
    const { server, listening, connected, accepted } = await oneClient('inet');
    const clientPort = connected.local.port;
    expect(listening).toMatchObject({ pythonBind: `s.bind(("127.0.0.1", ${server.port})); s.listen()` });
    expect(connected).toMatchObject({
      family: 'IPv4',
      localTuple: `('127.0.0.1', ${clientPort})`,
      remoteTuple: `('127.0.0.1', ${server.port})`,
    });
    expect(accepted.tuple).toBe(`('127.0.0.1', ${clientPort})`);
  });

  it('IPv6: four-part tuples on both ends, AF_INET6 in the socket line', async () => {
    const { server, listening, connected, accepted } = await oneClient('inet6');
    const clientPort = connected.local.port;
    expect(listening).toMatchObject({
      family: 'IPv6',
      pythonSocket: 's = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)',
      pythonBind: `s.bind(("::1", ${server.port})); s.listen()`,
    });
    expect(connected).toMatchObject({
      family: 'IPv6',
      localTuple: `('::1', ${clientPort}, 0, 0)`,
      remoteTuple: `('::1', ${server.port}, 0, 0)`,
    });
    expect(accepted).toMatchObject({ tuple: `('::1', ${clientPort}, 0, 0)`, peer: { family: 'IPv6' } });
  });

  it("Unix: the client's own name is '' and the server's is the socket path", async () => {
    const { server, listening, connected, accepted } = await oneClient('unix');
    const path = server.socketPath!;
    expect(listening).toMatchObject({
      family: 'Unix',
      port: null,
      pythonSocket: 's = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)',
      pythonBind: `s.bind("${path}"); s.listen()`,
    });
    expect(connected).toMatchObject({ family: 'Unix', localTuple: "''", remoteTuple: `'${path}'` });
    expect(accepted.tuple).toBe("''");
  });
});

describe('restarting the demo server', () => {
  it('comes back on the same port, so the nc command shown still works', async () => {
    const { server, events } = await started();
    const port = server.port;
    await server.stop();
    await server.start();
    expect(server.port).toBe(port);
    expect(events.at(-1)).toMatchObject({ event: 'listening', family: 'IPv4', address: '127.0.0.1', port });
    expect(events.at(-1)).not.toHaveProperty('movedFrom');
  });

  it('takes a new port, and says so, when its old one was taken meanwhile', async () => {
    const { server, events } = await started();
    const port = server.port;
    await server.stop();
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(port, '127.0.0.1', resolve));
    try {
      await server.start();
      expect(server.port).not.toBe(port);
      expect(events.at(-1)).toMatchObject({
        event: 'listening',
        family: 'IPv4',
        address: '127.0.0.1',
        movedFrom: port,
      });
      expect(events.at(-1)).toMatchObject({
        port: server.port,
        pythonBind: `s.bind(("127.0.0.1", ${server.port})); s.listen()`,
      });
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
