import { createConnection } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import en from '../../src/i18n/en/chat.js';
import { ChatServer } from '../../src/net/chat-server.js';
import { chatRoom } from '../helpers/chat-room.js';
import { lineClient } from '../helpers/line-client.js';

const room = chatRoom();
const { start, join } = room;

describe('netlearn chat server', () => {
  it('the welcome tells the client its own tuple, the one its socket has', async () => {
    const { port } = await start();
    const ana = await join(port);
    expect(ana.lines[0]).toContain(`('127.0.0.1', ${ana.socket.localPort})`);
  });

  it('a line reaches every other client as [nick] text, not the sender', async () => {
    const { port } = await start();
    const [a, b, c] = [await join(port), await join(port), await join(port)];
    a.send('¡Hola! ñ');
    await b.waitForLine('[guest1] ¡Hola! ñ');
    await c.waitForLine('[guest1] ¡Hola! ñ');
    expect(a.lines.some((line) => line.includes('[guest1]'))).toBe(false);
  });

  it('joins and leaves are announced', async () => {
    const { port } = await start();
    const a = await join(port);
    const b = await join(port);
    await a.waitForLine(`* guest2 joined from ('127.0.0.1', ${b.socket.localPort})`);
    b.socket.end();
    await a.waitForLine('* guest2 left');
  });

  it('/users lists every nick with its tuple', async () => {
    const { port } = await start();
    const a = await join(port);
    const b = await join(port);
    a.send('/users');
    await a.waitForLine('* 2 connected:');
    await a.waitForLine(`*   guest1 ('127.0.0.1', ${a.socket.localPort}) (you)`);
    await a.waitForLine(`*   guest2 ('127.0.0.1', ${b.socket.localPort})`);
  });

  it('/nick follows the rules and says why it refuses', async () => {
    const { port } = await start();
    const a = await join(port);
    const b = await join(port);
    a.send('/nick ana');
    await b.waitForLine('* guest1 is now ana');
    b.send('/nick ANA');
    await b.waitForLine('"ANA" is already in use');
    b.send('/nick no spaces');
    await b.waitForLine('may hold only letters');
    b.send(`/nick ${'x'.repeat(21)}`);
    await b.waitForLine('longer than 20 characters');
    a.send('hola');
    await b.waitForLine('[ana] hola');
    b.send('/nick Peña');
    await a.waitForLine('* guest2 is now Peña');
    a.send('/nick PEÑA');
    await a.waitForLine('"PEÑA" is already in use');
    a.send('/nick Jose\u0301');
    await b.waitForLine('* ana is now José');
  });

  it('/help and an unknown command answer the sender', async () => {
    const { port } = await start();
    const a = await join(port);
    a.send('/help');
    await a.waitForLine('/users');
    a.send('/dance');
    await a.waitForLine('Unknown command /dance');
  });

  it('/quit says bye and closes', async () => {
    const { port } = await start();
    const a = await join(port);
    a.send('/quit');
    await a.waitForLine('* Bye!');
    await a.closed;
  });

  it('escape sequences never reach other clients or the log', async () => {
    const { port, events } = await start();
    const a = await join(port);
    const b = await join(port);
    a.send('\u001B[2J\u001B]0;title\u0007red\u001B[31m text\u0007');
    const line = await b.waitForLine('[guest1]');
    expect(line).toBe('[guest1] red text\\x07');
    expect(events.find((e) => e.event === 'message')).toMatchObject({ text: 'red text\\x07' });
  });

  it('a line over 4 KiB is cut, the sender told, and the connection lives on', async () => {
    const { port } = await start();
    const a = await join(port);
    const b = await join(port);
    a.send('x'.repeat(100_000));
    await a.waitForLine('longer than 4096 bytes');
    const cut = await b.waitForLine('[guest1] xxx');
    expect(cut).toBe(`[guest1] ${'x'.repeat(4096)}`);
    a.send('still here');
    await b.waitForLine('[guest1] still here');
  });

  it('invalid UTF-8 shows as U+FFFD with its bytes', async () => {
    const { port } = await start();
    const a = await join(port);
    const b = await join(port);
    a.send(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await b.waitForLine('[guest1] caf\uFFFD[e9]');
  });

  it('a client that resets mid-line costs the others nothing', async () => {
    const { port, events } = await start();
    const a = await join(port);
    const b = await join(port);
    await new Promise((resolve) => a.socket.write('half a li', resolve));
    // A round trip through the server, so the half line has surely arrived before the reset.
    b.send('/help');
    await b.waitForLine('/users');
    a.socket.resetAndDestroy();
    await b.waitForLine('* guest1 left (connection reset)');
    await vi.waitFor(() =>
      expect(events).toContainEqual(expect.objectContaining({ event: 'closed', nick: 'guest1', reason: 'reset' })),
    );
    const c = await join(port);
    c.send('after');
    await b.waitForLine('[guest3] after');
    expect(b.lines.some((line) => line.includes('half a li'))).toBe(false);
  });

  it('a client that never reads is dropped, and the others keep chatting promptly', async () => {
    // A fast talker is allowed here, so the sleeper's buffers fill quickly.
    const { port, events } = await start({ maxBufferedBytes: 64 * 1024, linesPerSecond: 100_000 });
    const sleeper = await join(port);
    sleeper.socket.pause();
    const a = await join(port);
    const b = await join(port);
    const line = 'y'.repeat(4000);
    let round = 0;
    // Enough traffic to fill the kernel's buffers for the sleeper and then our cap.
    while (!events.some((e) => e.event === 'closed' && e.reason === 'slow') && round < 4000) {
      a.send(`${round++} ${line}`);
      if (round % 50 === 0) await b.waitForLine(`[guest2] ${round - 1} `, 2000);
    }
    expect(events).toContainEqual(expect.objectContaining({ event: 'closed', nick: 'guest1', reason: 'slow' }));
    const started = Date.now();
    a.send('quick');
    await b.waitForLine('[guest2] quick');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a client flooding lines is slowed down, and a normal line does not wait behind the flood', async () => {
    const { port } = await start();
    const reader = await join(port);
    const flooder = await join(port);
    const normal = await join(port);
    flooder.socket.write(Array.from({ length: 1000 }, (_, i) => `flood ${i}\n`).join(''));
    await reader.waitForLine('[guest2] flood 199');
    normal.send('hi');
    await reader.waitForLine('[guest3] hi');
    expect(reader.lines.some((line) => line === '[guest2] flood 999')).toBe(false);
  });

  it('past --max-clients a newcomer gets a polite refusal', async () => {
    const { port } = await start({ maxClients: 2 });
    await join(port);
    await join(port);
    const late = await lineClient(port);
    room.track(late);
    await late.waitForLine('the chat is full (2 people)');
    await late.closed;
  });

  it('stopping tells everyone and frees the port at once', async () => {
    const { port } = await start();
    const a = await join(port);
    await room.stopServer();
    await a.waitForLine('The server is shutting down');
    const again = new ChatServer({ host: '127.0.0.1', port, maxClients: 10, wire: en.wire });
    await again.listen();
    await again.stop();
  });

  it('the port in use is reported as EADDRINUSE', async () => {
    const { port } = await start();
    const second = new ChatServer({ host: '127.0.0.1', port, maxClients: 10, wire: en.wire });
    await expect(second.listen()).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

it('a refused connection is an error, not a hang', async () => {
  const probe = new ChatServer({ host: '127.0.0.1', port: 0, maxClients: 1, wire: en.wire });
  const { port } = await probe.listen();
  await probe.stop();
  await expect(
    new Promise((resolve, reject) =>
      createConnection({ host: '127.0.0.1', port }).once('connect', resolve).once('error', reject),
    ),
  ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
});
