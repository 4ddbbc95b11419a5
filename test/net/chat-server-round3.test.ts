import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { chatRoom } from '../helpers/chat-room.js';
import { lineClient } from '../helpers/line-client.js';

const room = chatRoom();
const { start, join } = room;

describe('the chat server, round three', () => {
  it('after /quit from a client that keeps its side open (nc), stopping the server still ends', async () => {
    // Before: /quit ended the socket but never destroyed it, so stop() waited for nc forever.
    const { port } = await start();
    await join(port);
    const nc = connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    nc.on('error', () => {});
    let heard = '';
    nc.setEncoding('utf8');
    nc.on('data', (chunk: string) => (heard += chunk));
    await new Promise((resolve) => nc.once('connect', resolve));
    nc.write('/quit\n');
    await new Promise<void>((resolve) => nc.once('end', () => resolve()));
    expect(heard).toContain('Bye');
    await room.stopServer();
    nc.destroy();
  });

  it.each([
    ['lan', 'Ian'],
    ['kate', '\u043Aate'],
    ['ana', '\u1D00na'],
    ['eva', 'e\u028Ba'],
  ])('with %s in the room, the lookalike %s is refused (confusables before case folding)', async (first, second) => {
    // Before: nicks were lower-cased first, so the table's I -> l never fired; к, ᴀ and ʋ were missing.
    const { port } = await start();
    const a = await join(port);
    const b = await join(port);
    a.send(`/nick ${first}`);
    await b.waitForLine(`* guest1 is now ${first}`);
    b.send(`/nick ${second}`);
    await b.waitForLine(`looks just like "${first}", who is already here`);
  });

  it('ian and lan may both be here, and Ian is ian in another case', async () => {
    const { port } = await start();
    const a = await join(port);
    const b = await join(port);
    const c = await join(port);
    a.send('/nick ian');
    await c.waitForLine('* guest1 is now ian');
    b.send('/nick lan');
    await c.waitForLine('* guest2 is now lan');
    c.send('/nick Ian');
    await c.waitForLine('is already');
    expect(c.lines.some((line) => line.includes('* guest3 is now'))).toBe(false);
  });

  it('127.0.0.2 and 127.0.0.3 are one machine: past --max-per-address the next loopback address is refused, and told why', async () => {
    // Before: each loopback address counted apart (996 seats taken with 127.0.0.2-250).
    const { port, events } = await start({ maxPerAddress: 2 });
    for (const from of ['127.0.0.2', '127.0.0.3']) {
      const client = room.track(await lineClient(port, '127.0.0.1', from));
      await client.waitForLine('Welcome');
    }
    const third = room.track(await lineClient(port, '127.0.0.1', '127.0.0.4'));
    await third.waitForLine('Every address of 127.0.0.0/8 counts as one here');
    expect(events).toContainEqual(expect.objectContaining({ event: 'refused', group: '127.0.0.0/8' }));
  });

  it('connecting and closing in a loop from one address reaches the others as a few lines, folded with a count', async () => {
    // Before: every join and every leave was a line to every student (about 1,450 a second).
    const { port } = await start();
    const reader = await join(port);
    for (let i = 0; i < 40; i++) {
      const passer = await lineClient(port, '127.0.0.1', '127.0.0.5');
      await passer.waitForLine('Welcome');
      passer.socket.end();
      await passer.closed;
    }
    const folded = await reader.waitForLine(/joins? and \d+ leaves? from 127\.0\.0\.5 in the last second/, 5000);
    expect(folded).toMatch(/^\* \d+ joins?/);
    const notices = reader.lines.filter((line) => / joined from | left$/.test(line));
    expect(notices.length).toBeLessThan(20);
  });
});
