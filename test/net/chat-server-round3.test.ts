import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { chatRoom } from '../helpers/chat-room.js';

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
});
