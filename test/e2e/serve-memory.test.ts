import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { peakRssMiB, rawSocket, startServe, waitForText, type ServeProcess } from '../helpers/serve-process.js';

// Attacks on the built `netlearn serve`, each with the bound its peak memory (VmHWM) must stay under.
// Before the fixes, the same attacks took the server to the figures in the comments.

let serve: ServeProcess | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await serve?.stop();
  serve = undefined;
});

async function open(port: number, host = '127.0.0.1'): Promise<Socket> {
  const socket = await rawSocket(port, host);
  socket.on('error', () => {});
  sockets.push(socket);
  await waitForText(socket, 'Welcome');
  return socket;
}

/** How long a line from one normal client takes to reach another while the attack goes on. */
async function latency(port: number): Promise<number> {
  const [a, b] = [await open(port), await open(port)];
  const slowest: number[] = [];
  for (let i = 0; i < 5; i++) {
    const arrived = waitForText(b, `probe-${i}`, 20_000);
    a.write(`probe-${i}\n`);
    slowest.push(await arrived);
  }
  return Math.max(...slowest);
}

describe('serve keeps its memory bounded whatever clients send', () => {
  it('tiny-line floods: 8 clients each sending 256 KiB of empty lines stay under 100 MiB', async () => {
    // Before: every read's 65,536 lines held as objects at once: 310 MiB (after: 55 MiB).
    serve = await startServe();
    const { port } = serve;
    const flood = Buffer.alloc(64 * 1024, '\n');
    for (let i = 0; i < 8; i++) {
      const socket = await open(port);
      for (let k = 0; k < 4; k++) socket.write(flood);
      socket.write('x\n'.repeat(32 * 1024));
    }
    const slowest = await latency(port);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const peak = peakRssMiB(serve.child.pid!);
    console.log(`tiny-line flood: peak ${peak.toFixed(0)} MiB, other clients' slowest line ${slowest} ms`);
    expect(peak).toBeLessThan(100);
  }, 60_000);

  it('reply amplification: clients asking /users and never reading stay under 110 MiB', async () => {
    // Before: rosters built and queued before the cap was looked at: 164 MiB (after: 63 MiB).
    serve = await startServe();
    const { port } = serve;
    for (let i = 0; i < 30; i++) await Promise.all(Array.from({ length: 10 }, () => open(port)));
    const asks = Buffer.from('/users\n'.repeat(9000));
    for (let i = 0; i < 20; i++) {
      const socket = await open(port);
      socket.pause();
      socket.write(asks);
    }
    const slowest = await latency(port);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const peak = peakRssMiB(serve.child.pid!);
    console.log(`reply amplification: peak ${peak.toFixed(0)} MiB, other clients' slowest line ${slowest} ms`);
    expect(peak).toBeLessThan(110);
  }, 90_000);
});
