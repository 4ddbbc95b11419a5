import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { rawSocket, startServe, waitForText, type ServeProcess } from '../helpers/serve-process.js';

let serve: ServeProcess | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await serve?.stop();
  serve = undefined;
});

async function open(port: number): Promise<Socket> {
  const socket = await rawSocket(port);
  socket.on('error', () => {});
  sockets.push(socket);
  await waitForText(socket, 'Welcome');
  return socket;
}

describe('netlearn serve on loopback, as a learner runs it', () => {
  it('a default server on loopback takes a sixth client from 127.0.0.1: every client there is the learner', async () => {
    // Before: the fifth local client was refused by --max-per-address 4, meant for a classroom.
    serve = await startServe([], {}, { defaults: true });
    for (let i = 0; i < 6; i++) await open(serve.port);
    expect(serve.out.join('\n')).not.toContain('"refused"');
  });
});
