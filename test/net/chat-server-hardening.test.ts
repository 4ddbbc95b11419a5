import { describe, expect, it } from 'vitest';
import { chatRoom } from '../helpers/chat-room.js';
import { lineClient } from '../helpers/line-client.js';

const room = chatRoom();
const { start, join } = room;

describe('the chat server under a classroom of curious students', () => {
  it('past --max-per-address one address is refused, saying both limits', async () => {
    // Before: one address could open every seat (--max-clients) and lock the class out.
    const { port, events } = await start({ maxClients: 10, maxPerAddress: 2, idleMs: 30_000 });
    await join(port);
    await join(port);
    const third = await lineClient(port);
    room.track(third);
    await third.waitForLine('your address already has 2 connections here');
    await third.waitForLine('A line left unfinished for 30 s is dropped too.');
    expect(events).toContainEqual(expect.objectContaining({ event: 'refused', reason: 'per-address', limit: 2 }));
    // Another address still gets in: test/net/chat-slots.test.ts (loopback addresses are one machine).
  });

  it('a slowloris that never finishes its line is dropped after the idle time, and told why', async () => {
    // Before: a byte a second kept its seat forever.
    const { port, events } = await start({ idleMs: 400 });
    const reader = await join(port);
    const slow = await join(port);
    const started = Date.now();
    const drip = setInterval(() => slow.socket.write('x'), 100);
    await slow.waitForLine('you started a line 0.4 s ago and never finished it');
    clearInterval(drip);
    await slow.closed;
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    await reader.waitForLine('* guest2 left (dropped: a line left unfinished)');
    expect(events).toContainEqual(expect.objectContaining({ event: 'closed', reason: 'idle' }));
  });

  it('a client that only reads is never timed out, and finished lines restart the clock', async () => {
    const { port } = await start({ idleMs: 300 });
    const lurker = await join(port);
    const talker = await join(port);
    for (let i = 0; i < 6; i++) {
      talker.socket.write(`part ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      talker.socket.write(' end\n');
    }
    await lurker.waitForLine('[guest2] part 5 end');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lurker.socket.destroyed || talker.socket.destroyed).toBe(false);
  });

  it('a nick that only looks like a taken one is refused, and says whose it looks like', async () => {
    // Before: Cyrillic "\u0430na" and an appended U+3164 were accepted next to "ana".
    const { port } = await start();
    const a = await join(port);
    const b = await join(port);
    a.send('/nick ana');
    await b.waitForLine('* guest1 is now ana');
    b.send('/nick \u0430na');
    await b.waitForLine('looks just like "ana", who is already here');
    b.send('/nick ana\u3164');
    await b.waitForLine('"ana\\u3164" has invisible characters in it');
  });

  it("a line padded with spaces cannot pass for another person's, and invisible characters show", async () => {
    const { port } = await start();
    const a = await join(port);
    const b = await join(port);
    a.send(`${' '.repeat(120)}[guest2] I owe everyone\u200B money`);
    await b.waitForLine('[guest1] [guest2] I owe everyone\\u200b money');
  });
});
