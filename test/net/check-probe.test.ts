import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectProbe, sleep } from '../../src/net/check-probe.js';
import { runCheck } from '../../src/net/check-run.js';
import { freshRun } from '../helpers/check-run.js';

let server: Server | undefined;
const accepted: Socket[] = [];
afterEach(async () => {
  accepted.splice(0).forEach((socket) => socket.destroy());
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A loopback server that keeps every socket it accepts and answers as `onData` says. */
async function listen(onData: (socket: Socket, chunk: Buffer) => void = () => {}): Promise<number> {
  server = createServer((socket) => {
    accepted.push(socket);
    socket.on('data', (chunk) => onData(socket, chunk)).on('error', () => {});
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

describe('the checker probes', () => {
  it('wait for text, and give up at the deadline when it never comes', async () => {
    const port = await listen((socket, chunk) => socket.write(Buffer.concat([Buffer.from('echo: '), chunk])));
    const probe = await connectProbe('127.0.0.1', port, 2000);
    const mark = probe.mark();
    probe.write('hola \u00c3\u00b1\n');
    expect(await probe.waitForText('echo: hola \u00c3\u00b1', 2000, mark)).toBe(true);
    const started = Date.now();
    expect(await probe.waitForText('never', 200, mark)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    probe.destroy();
  });

  it('say how the peer left: FIN or RST', async () => {
    const port = await listen();
    const clean = await connectProbe('127.0.0.1', port, 2000);
    const abrupt = await connectProbe('127.0.0.1', port, 2000);
    await sleep(50);
    accepted[0]!.end();
    accepted[1]!.resetAndDestroy();
    await clean.waitFor(() => false, 2000);
    await abrupt.waitFor(() => false, 2000);
    expect(clean.ended).toBe('fin');
    expect(abrupt.ended).toBe('reset');
    clean.destroy();
  });

  it('say FIN when the peer closed first and our write then met its RST', async () => {
    const port = await listen();
    const probe = await connectProbe('127.0.0.1', port, 2000);
    await sleep(50);
    // The peer closes (FIN) and, before the probe reads that, the probe writes to the closed socket.
    accepted[0]!.destroy();
    probe.write(Buffer.alloc(1 << 20, 46));
    await probe.waitFor(() => false, 2000);
    expect(probe.ended).toBe('fin');
  });

  it('reject with the socket error when nothing listens', async () => {
    const port = await listen();
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    await expect(connectProbe('127.0.0.1', port, 2000)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('a check closes every client it opened, and a failed connect is a result, not a throw', async () => {
    const port = await listen();
    const result = await runCheck(
      'connect',
      async ({ open }) => {
        await open(3);
        return { status: 'pass', reason: 'pass', sent: '', received: '' };
      },
      { host: '127.0.0.1', port, timeoutMs: 2000 },
      freshRun(),
    );
    expect(result).toMatchObject({ id: 'connect', status: 'pass', level: 'basic', lesson: 'server' });
    await sleep(100);
    expect(accepted).toHaveLength(3);
    expect(accepted.every((socket) => socket.readableEnded || socket.destroyed)).toBe(true);

    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const refused = await runCheck(
      'broadcast',
      async ({ open }) => {
        await open(1);
        return { status: 'pass', reason: 'pass', sent: '', received: '' };
      },
      { host: '127.0.0.1', port, timeoutMs: 2000 },
      freshRun(),
    );
    expect(refused).toMatchObject({ status: 'fail', reason: 'connect-error', details: { code: 'ECONNREFUSED' } });
  });
});
