import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { localServer } from '../helpers/local-server.js';
import { peakRssMiB, pump, runMeasured, type MeasuredRun } from '../helpers/serve-process.js';

// Attacks on the built `netlearn quiz` and `netlearn connect` through their pipes, each with the
// bound its peak memory must stay under. The figures before the fixes are in the comments.

const mib = 1024 * 1024;
const servers: (() => Promise<void>)[] = [];
const runs: MeasuredRun[] = [];

afterEach(async () => {
  for (const run of runs.splice(0)) run.child.kill('SIGKILL');
  for (const close of servers.splice(0)) await close();
});

/** A server on a free loopback port that does `onClient` to each connection, closed after the test. */
async function lineServer(onClient: (socket: Socket) => void): Promise<number> {
  const { port, close } = await localServer(onClient);
  servers.push(close);
  return port;
}

function measured(args: string[]): MeasuredRun {
  const run = runMeasured(args);
  runs.push(run);
  return run;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('quiz and connect keep their memory bounded whatever comes down the pipe', () => {
  it('quiz: a 256 MiB line on stdin is refused with a clear message, under 100 MiB', async () => {
    // Before: readline grew it into one string: exit 0 at 1,125 MiB (RangeError past 512 MiB). After: 44.
    const run = measured(['quiz', '--seed', '1', '--count', '1']);
    await pump(run.child.stdin!, Buffer.alloc(mib, 'a'), 256 * mib);
    run.child.stdin!.end();
    const { code, stderr, peakMiB } = await run.done;
    console.log(`quiz, 256 MiB line: exit ${code}, peak ${peakMiB.toFixed(0)} MiB`);
    expect(stderr).toContain('line 1 of the input is longer than 64 KiB');
    expect(stderr).not.toContain('    at ');
    expect(code).toBe(2);
    expect(peakMiB).toBeLessThan(100);
  }, 60_000);

  it('connect: a 256 MiB line on stdin is refused with a clear message, under 100 MiB', async () => {
    // Before: exit 0 at 865 MiB, the line sent on. After: exit 2 at 44 MiB.
    const port = await lineServer((socket) => socket.resume());
    const run = measured(['connect', '--port', String(port)]);
    await pump(run.child.stdin!, Buffer.alloc(mib, 'a'), 256 * mib);
    run.child.stdin!.end();
    const { code, stderr, peakMiB } = await run.done;
    console.log(`connect, 256 MiB line: exit ${code}, peak ${peakMiB.toFixed(0)} MiB`);
    expect(stderr).toContain('line 1 of the input is longer than 64 KiB');
    expect(code).toBe(2);
    expect(peakMiB).toBeLessThan(100);
  }, 60_000);

  it('connect: a server pouring lines into a stdout nobody reads is slowed down, under 100 MiB', async () => {
    // Before: the server never slowed down, every line kept for stdout: 663 MiB in 4 s. After: 45 MiB.
    let sent = 0;
    const port = await lineServer((socket) => {
      void pump(socket, Buffer.from(`${'x'.repeat(1023)}\n`.repeat(64)), 512 * mib).then((n) => (sent = n));
    });
    const run = measured(['connect', '--port', String(port)]);
    run.child.stdout!.pause();
    await sleep(4000);
    const peak = peakRssMiB(run.child.pid!);
    console.log(`connect, stalled stdout: peak ${peak.toFixed(0)} MiB, server still waiting: ${sent === 0}`);
    expect(sent).toBe(0);
    expect(peak).toBeLessThan(100);
  }, 60_000);

  it('connect: stdin poured at a server that never reads waits for it, under 100 MiB', async () => {
    // Before: stdin read as fast as it came, the socket buffering it all: 488 MiB in 4 s. After: 55 MiB.
    const port = await lineServer((socket) => socket.pause());
    const run = measured(['connect', '--port', String(port)]);
    run.child.stdout!.resume();
    let pumped = 0;
    void pump(run.child.stdin!, Buffer.from(`${'y'.repeat(99)}\n`.repeat(1024)), 512 * mib).then((n) => (pumped = n));
    await sleep(4000);
    const peak = peakRssMiB(run.child.pid!);
    console.log(`connect, server not reading: peak ${peak.toFixed(0)} MiB, stdin still waiting: ${pumped === 0}`);
    expect(pumped).toBe(0);
    expect(peak).toBeLessThan(100);
  }, 60_000);

  it('utf8: its full 1 MiB of NULs on stdin builds only the rows it shows, under 450 MiB', async () => {
    // Before: a row object per character, a million of them: 802 MiB (1,214 with --json), 25 s.
    // After: about 235 MiB (280-330 with --json, which lists 10,000 and counts the rest), 8 s.
    for (const args of [['utf8'], ['utf8', '--json']]) {
      const run = measured(args);
      run.child.stdout!.resume();
      run.child.stdin!.end(Buffer.alloc(mib));
      const { code, peakMiB } = await run.done;
      console.log(`${args.join(' ')}, 1 MiB of NULs: exit ${code}, peak ${peakMiB.toFixed(0)} MiB`);
      expect(code).toBe(0);
      expect(peakMiB).toBeLessThan(450);
    }
  }, 90_000);
});
