import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { localServer } from '../helpers/local-server.js';
import { runMeasured, type MeasuredRun } from '../helpers/serve-process.js';
import { ndjson, startServer } from './check-fixture.js';
import { oneTimingFileAtATime } from '../helpers/timing-turn.js';

oneTimingFileAtATime();
// `netlearn check` against servers that send too much, the wrong thing, or nothing: it ends on its
// own, within its time, and its memory stays bounded whatever comes back.

const mib = 1024 * 1024;
const servers: (() => Promise<void>)[] = [];
const runs: MeasuredRun[] = [];

afterEach(async () => {
  for (const run of runs.splice(0)) run.child.kill('SIGKILL');
  for (const close of servers.splice(0)) await close();
});

/** A server on a free loopback port that does `onClient` to each connection, closed after the test. */
async function hostile(onClient: (socket: Socket) => void): Promise<number> {
  const { port, close } = await localServer(onClient);
  servers.push(close);
  return port;
}

/** Writes `chunk` to the socket until `total` bytes went out or it closes, minding backpressure. */
function flood(socket: Socket, chunk: Buffer, total: number): void {
  let sent = 0;
  const more = () => {
    while (sent < total && !socket.destroyed) {
      sent += chunk.length;
      if (!socket.write(chunk)) return void socket.once('drain', more);
    }
  };
  socket.resume();
  more();
}

async function checkAgainst(port: number) {
  const started = performance.now();
  const run = runMeasured(['check', '127.0.0.1', '--port', String(port), '--strict', '--json']);
  runs.push(run);
  let stdout = '';
  run.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const { code, peakMiB } = await run.done;
  return { code, peakMiB, seconds: (performance.now() - started) / 1000, records: ndjson(stdout) };
}

describe('check stays bounded against hostile servers', () => {
  it('a server that sends each client a gigabyte of bytes: one judgement, under 120 MiB', async () => {
    const port = await hostile((socket) => flood(socket, Buffer.alloc(mib, 'z'), 1024 * mib));
    const { code, peakMiB, seconds, records } = await checkAgainst(port);
    console.log(
      `check vs a gigabyte per client: exit ${code}, ${seconds.toFixed(1)} s, peak ${peakMiB.toFixed(0)} MiB`,
    );
    expect(records[0]).toMatchObject({ type: 'judgement', verdict: 'fail' });
    expect(code).toBe(1);
    expect(peakMiB).toBeLessThan(120);
  }, 120_000);

  it('a server that answers with terminal escape sequences: they come back escaped, never raw', async () => {
    const escapes = Buffer.from('\u001b[2J\u001b]0;pwned\u0007\u001b[31mred\u001b[0m\r\n', 'utf8');
    const port = await hostile((socket) => {
      socket.write(escapes);
      socket.on('data', () => socket.write(escapes));
    });
    const { code, peakMiB, records } = await checkAgainst(port);
    const text = JSON.stringify(records);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\\\x1b[2J');
    expect(code).toBe(1);
    expect(peakMiB).toBeLessThan(120);
  }, 120_000);

  it('a server that accepts and says nothing at all: a judgement, and the check ends on its own', async () => {
    const port = await hostile(() => {});
    const { code, seconds, records } = await checkAgainst(port);
    console.log(`check vs a silent server: exit ${code}, ${seconds.toFixed(1)} s`);
    expect(records[0]).toMatchObject({ type: 'judgement', verdict: 'fail' });
    expect(code).toBe(1);
  }, 60_000);

  for (const fixture of ['send-loop', 'correct']) {
    it(`a full run against ${fixture}.py stays under 160 MiB however much it sends`, async () => {
      // Before: 890 MiB against a send loop (a learner's `while True` around the welcome), and 359
      // MiB against a correct server: probes kept megabytes each and copied them on every read.
      const server = await startServer(fixture);
      servers.push(async () => server.stop());
      const started = performance.now();
      const run = runMeasured(['check', '127.0.0.1', '--port', String(server.port), '--json']);
      runs.push(run);
      let stdout = '';
      run.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      const { code, peakMiB } = await run.done;
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `check (full run) vs ${fixture}.py: exit ${code}, ${seconds.toFixed(1)} s, peak ${peakMiB.toFixed(0)} MiB`,
      );
      expect(ndjson(stdout)[0]).toMatchObject({ type: 'judgement', verdict: fixture === 'correct' ? 'pass' : 'fail' });
      expect(code).toBe(fixture === 'correct' ? 0 : 1);
      expect(peakMiB).toBeLessThan(160);
    }, 180_000);
  }
});

describe('check counts only what it measures', () => {
  it('slow-reader against a server that floods noise and relays nothing: "got N of M bytes" never has N over M', async () => {
    // Before: every byte the listener ever got counted as the flood's ("got 210562048 of 4194304 bytes").
    const port = await hostile((socket) => flood(socket, Buffer.from('* noise noise noise\n'.repeat(3000)), 64 * mib));
    const run = runMeasured(['check', '127.0.0.1', '--port', String(port), '--only', 'slow-reader', '--json']);
    runs.push(run);
    let stdout = '';
    run.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    await run.done;
    const check = ndjson(stdout).find((line) => line.type === 'check') as unknown as {
      cause: string;
      details: { bytes: number; of: number };
    };
    console.log(`slow-reader vs noise: ${check.cause}, got ${check.details.bytes} of ${check.details.of}`);
    expect(check.details.bytes).toBeLessThanOrEqual(check.details.of);
    expect(check.details.bytes).toBe(0);
  }, 120_000);
});
