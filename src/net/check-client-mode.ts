import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { ClientCheckId } from '../core/check/checks.js';
import { judgeClientLine } from '../core/check/judge-client.js';
import { passed, type Verdict } from '../core/check/judge.js';
import { checkResult, type CheckResult } from '../core/check/result.js';
import { unreadBytes } from '../core/check/tcp-queue.js';
import { Probe, sleep } from './check-probe.js';

/** How much netlearn sends the learner's client to see that it keeps reading. */
const clientFloodBytes = 1024 * 1024;
/** How long a line with no `\n` may sit quiet before it counts as sent without one. */
const quietLineMs = 1500;

export interface ClientCheckRequest {
  port: number;
  /** The deadline of each wait for the machine (the 1 MB flowing), in ms. */
  timeoutMs: number;
  /** How long to wait for the learner: to start the client, type the line, close it. */
  waitMs: number;
}

export interface ClientCheckListener {
  listening?: (where: { host: string; port: number }) => void;
  /** Asks the learner to do something: type the line, or close the client. */
  prompt?: (step: 'type' | 'close') => void;
  started?: (id: ClientCheckId) => void;
  finished?: (result: CheckResult) => void;
}

/** Unread bytes a reading client may still hold at a given moment. */
const readSlackBytes = 16 * 1024;

/**
 * Where the OS says (Linux's /proc/net/tcp), waits until the client's receive queue is (nearly)
 * empty, and returns what it last held unread, or `gone` once the client's socket is closed;
 * undefined where the OS does not say.
 */
async function waitUntilRead(probe: Probe, ms: number): Promise<number | 'gone' | undefined> {
  const read = () => {
    let table: string;
    try {
      table = readFileSync('/proc/net/tcp', 'latin1');
    } catch {
      return undefined;
    }
    return unreadBytes(table, probe.socket.remotePort ?? 0, probe.localPort) ?? ('gone' as const);
  };
  const until = Date.now() + ms;
  let unread = read();
  while (typeof unread === 'number' && unread > readSlackBytes && Date.now() < until) {
    await sleep(100);
    unread = read();
  }
  return unread;
}

/** Listens on 127.0.0.1 and resolves with the first client, or undefined at the deadline. */
function firstClient(server: Server, ms: number): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    server.once('connection', (socket) => {
      clearTimeout(timer);
      resolve(socket);
    });
  });
}

/** Writes `bytes` of ASCII lines and says whether they all left before the deadline. */
async function flood(probe: Probe, bytes: number, ms: number): Promise<{ drained: boolean; sent: number }> {
  const line = `* netlearn is checking that you keep reading ${'.'.repeat(60)}\n`;
  const data = Buffer.from(line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes), 'latin1');
  const socket = probe.socket;
  const before = socket.bytesWritten;
  socket.write(data);
  const drained = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const done = () => {
      clearTimeout(timer);
      resolve(!socket.destroyed || socket.writableLength === 0);
    };
    if (socket.writableLength === 0) done();
    else socket.once('drain', done).once('close', done);
  });
  return { drained, sent: socket.bytesWritten - before - socket.writableLength };
}

/**
 * `check --client`: netlearn listens, the learner's client connects, and netlearn checks that it
 * sends a UTF-8 line ended by `\n`, keeps reading while idle, and closes with FIN rather than RST.
 */
export async function runClientChecks(
  request: ClientCheckRequest,
  listener: ClientCheckListener = {},
): Promise<CheckResult[]> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(request.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const results: CheckResult[] = [];
  const record = async (id: ClientCheckId, body: () => Promise<Verdict & { sent: string; received: string }>) => {
    listener.started?.(id);
    const started = performance.now();
    const result = checkResult(id, await body(), performance.now() - started);
    results.push(result);
    listener.finished?.(result);
    return result;
  };
  let probe: Probe | undefined;
  try {
    listener.listening?.({ host: '127.0.0.1', port });
    const connected = await record('client-connect', async () => {
      const socket = await firstClient(server, request.waitMs);
      if (!socket) return { status: 'fail', reason: 'client-none', sent: '', received: '' };
      probe = new Probe(socket);
      return { ...passed, sent: '', received: '' };
    });
    server.close();
    if (connected.status === 'fail' || !probe) return results;
    const client = probe;

    listener.prompt?.('type');
    await record('client-utf8', async () => {
      const line = (received: string) => received.includes('\n');
      // The first bytes, then more until a `\n`, or until they stop coming without one.
      await client.waitFor((received) => received !== '', request.waitMs);
      while (client.total > 0 && !line(client.received)) {
        const before = client.total;
        if (await client.waitFor(line, quietLineMs)) break;
        if (client.total === before) break;
      }
      return { ...judgeClientLine(client.received), sent: '', received: client.received };
    });

    await record('client-reads', async () => {
      const { drained } = await flood(client, clientFloodBytes, request.timeoutMs);
      const unread = await waitUntilRead(client, request.timeoutMs);
      // A client that closed or crashed has read nothing, whatever left netlearn before it went.
      if (unread === 'gone' || client.ended !== undefined) {
        const gone = { status: 'fail', reason: 'client-reads-gone', details: { of: clientFloodBytes } } as const;
        return { ...gone, sent: `${clientFloodBytes} bytes`, received: '' };
      }
      const reading = unread === undefined ? drained : drained && unread <= readSlackBytes;
      const verdict: Verdict = reading
        ? passed
        : { status: 'fail', reason: 'client-reads-stuck', details: { bytes: unread ?? 0, of: clientFloodBytes } };
      return { ...verdict, sent: `${clientFloodBytes} bytes`, received: '' };
    });

    listener.prompt?.('close');
    await record('client-close', async () => {
      await client.waitFor(() => false, request.waitMs);
      await sleep(50);
      const ended = client.ended;
      const verdict: Verdict =
        ended === 'fin'
          ? passed
          : { status: 'fail', reason: ended === undefined ? 'client-close-none' : 'client-close-reset' };
      return { ...verdict, sent: '', received: ended ?? '' };
    });
    return results;
  } finally {
    probe?.destroy();
    server.close();
  }
}
