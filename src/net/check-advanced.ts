import { judgeUsers, passed } from '../core/check/judge.js';
import { sleep } from './check-probe.js';
import type { CheckBody } from './check-run.js';

/** `slow-reader`: how much flows past the client that never reads, and how soon a new line must arrive. */
const slowReaderBytes = 4 * 1024 * 1024;
const slowLineBytes = 1024;
const slowReaderDeadlineMs = 3000;
/** No new byte for this long means the flow to the listener stalled. */
const stallMs = 500;

/**
 * `slow-reader`: one client never reads while 4 MB flow from another; a third client's new line
 * must still reach the listener within 3 s. A server that sends to everyone from the sender's
 * thread, under one lock, blocks the whole room on the full buffer.
 */
export const slowReaderCheck: CheckBody = async ({ open, token, timeoutMs }) => {
  const [sleeper] = await open(1);
  sleeper!.socket.pause();
  const [talker, listener, other] = await open(3);
  const last = token();
  const mark = listener!.mark();
  const filler = 'x'.repeat(slowLineBytes - 1 - last.length - 1);
  const line = `${last.slice(0, 4)} ${filler}\n`;
  const lines = Math.floor(slowReaderBytes / line.length);
  talker!.write(Buffer.from(line.repeat(lines - 1) + `${last}\n`, 'latin1'));
  // Until the talker's last line arrives, or the flow stalls (a blocked room), or the deadline: a
  // server may also slow a flooding talker down on purpose, which is fine as long as others talk.
  const until = Date.now() + Math.max(timeoutMs * 2, 6000);
  let seen = -1;
  while (Date.now() < until && seen !== listener!.total) {
    seen = listener!.total;
    if (await listener!.waitForText(last, stallMs, mark)) break;
  }
  const word = token();
  const sent = `${word}\n`;
  const lineMark = listener!.mark();
  other!.write(sent);
  const arrived = await listener!.waitForText(word, slowReaderDeadlineMs, lineMark);
  const received = listener!.since(lineMark);
  if (arrived) return { ...passed, sent, received };
  return {
    status: 'fail',
    reason: 'slow-reader-blocked',
    details: { bytes: listener!.total - mark, of: slowReaderBytes },
    sent,
    received: received || listener!.since(mark).slice(-200),
  };
};

/** `users`: `/users`, if the server answers it, lists every connected client's address tuple. */
export const usersCheck: CheckBody = async ({ open, timeoutMs }) => {
  const probes = await open(3);
  const asker = probes[0]!;
  const clients = probes.map((probe) => ({ address: probe.localAddress, port: probe.localPort }));
  const mark = asker.mark();
  const sent = '/users\n';
  asker.write(sent);
  await asker.waitFor((received) => judgeUsers(received, clients).status === 'pass', timeoutMs, mark);
  await sleep(50);
  const received = asker.since(mark);
  return { ...judgeUsers(received, clients), sent, received };
};
