import { binaryOf } from '../core/check/bytes.js';
import { judgeUsers, passed } from '../core/check/judge.js';
import { encodeFrame } from '../core/check/message-codec.js';
import { fillersIn, sleep } from './check-probe.js';
import type { CheckBody } from './check-run.js';

/** `slow-reader`: how much flows past the client that never reads, and how soon a new line must arrive. */
const floodLines = 8192;
const floodLineBytes = 1024;
/** Lines the talker hands the socket at a time: 64 KiB. */
const floodBatchLines = 64;
const slowReaderDeadlineMs = 3000;
/** No new byte for this long means a flow stalled; a reader draining what was kept for it waits longer. */
const stallMs = 500;
const drainStallMs = 1500;

/** The flood's line number `index`, as the talker writes it (before the profile's framing). */
function floodLine(prefix: string, index: number): string {
  return `${prefix}-${index}-${'x'.repeat(floodLineBytes - prefix.length - String(index).length - 3)}`;
}

/**
 * `slow-reader`: one client stops reading while 8 MiB flow from another; a third client's new line
 * must still reach the listener within 3 s. Then the sleeper reads again: every line it gets must be
 * whole, with none missing in between (a server may drop a slow client, but not bytes in its
 * stream). A server that sends to everyone from the sender's thread, under one lock, blocks the
 * room on the full buffer; one that ignores what `send()` returns drops bytes.
 */
export const slowReaderCheck: CheckBody = async ({ open, token, timeoutMs, encode, evidence }) => {
  const [sleeper] = await open(1);
  sleeper!.socket.pause();
  // It reads the whole flood (8 MiB, once) and counts its filler bytes; so does the listener.
  sleeper!.readLimit = floodLines * floodLineBytes * 2;
  const [talker, listener, other] = await open(3);
  listener!.readLimit = sleeper!.readLimit;
  const prefix = token();
  // What the whole flood carries, counted first; then it is written batch by batch as fast as the
  // server takes it, as a flooding client would, so a run holds 64 KiB of it at a time, not 8 MiB
  // (a class sweep runs several of these at once).
  let expected = 0;
  let floodBytes = 0;
  for (let index = 0; index < floodLines; index += 1) {
    const line = encode(floodLine(prefix, index));
    // A stream that lost none brings every filler byte, however it was cut.
    expected += fillersIn(line);
    floodBytes += line.length;
  }
  function* batches(): Generator<Buffer> {
    for (let start = 0; start < floodLines; start += floodBatchLines) {
      const count = Math.min(floodBatchLines, floodLines - start);
      const lines = Array.from({ length: count }, (_, offset) => encode(floodLine(prefix, start + offset)));
      yield Buffer.from(lines.join(''), 'latin1');
    }
  }
  const mark = listener!.mark();
  const sleeperMark = sleeper!.mark();
  const last = `${prefix}-${floodLines - 1}-`;
  void talker!.writeAll(batches());
  // Until the talker's last line arrives, or the flow stalls (a blocked room), or the deadline: a
  // server may also slow a flooding talker down on purpose, which is fine as long as others talk.
  const until = Date.now() + Math.max(timeoutMs * 2, 6000);
  let seen = -1;
  while (Date.now() < until && seen !== listener!.total) {
    seen = listener!.total;
    if (await listener!.waitForText(last, stallMs, mark)) break;
  }
  const word = token();
  const sent = encode(word);
  const lineMark = listener!.mark();
  other!.write(sent);
  const arrived = await listener!.waitForText(word, slowReaderDeadlineMs, lineMark);
  const received = listener!.since(lineMark);
  if (!arrived) {
    // The room is stuck behind the flood: every client of this check leaves abruptly, so the server
    // drops what it still holds for them instead of relaying it into the next check.
    const stuck = listener!.since(mark).slice(-200);
    for (const probe of [sleeper!, talker!, listener!, other!]) probe.reset();
    return {
      status: 'fail',
      reason: 'slow-reader-blocked',
      // The flood's bytes that reached the listener, by its filler bytes: noise the server sent
      // besides (or before) it is no part of what was measured.
      details: { bytes: Math.round((listener!.fillersSince(mark) / expected) * floodBytes), of: floodBytes },
      sent,
      received: received || stuck,
    };
  }
  // The sleeper wakes up and reads what the server kept for it: until every byte came, or nothing
  // more came for a while (a busy machine may pause a working server that long, no more).
  sleeper!.socket.resume();
  const drainUntil = Date.now() + Math.max(timeoutMs * 2, 8000);
  for (let before = -1; Date.now() < drainUntil && before !== sleeper!.total;) {
    before = sleeper!.total;
    if (await sleeper!.waitUntil(() => sleeper!.fillersSince(sleeperMark) >= expected, drainStallMs)) break;
  }
  // Lost is bytes missing from a client that stayed connected (a server may drop a slow client, not
  // bytes from its stream); lines cut apart but whole in bytes are framing, which other checks name.
  const missingNow = () =>
    Math.max(
      0,
      ...[sleeper!, listener!]
        .filter((probe) => !probe.closedByServer)
        .map((probe) => expected - probe.fillersSince(probe === sleeper ? sleeperMark : mark)),
    );
  // Bytes still missing get one more, longer wait before they count as lost: a loaded machine can
  // hold a working server back that long.
  if (missingNow() > 0)
    await sleeper!.waitUntil(() => sleeper!.fillersSince(sleeperMark) >= expected, drainStallMs * 2);
  const missing = missingNow();
  if (missing > 0) {
    const lost = Math.ceil(missing / floodLineBytes);
    evidence.lost ??= { sent: floodLines, received: floodLines - lost };
    return {
      status: 'fail',
      reason: 'slow-reader-lost',
      details: { lost, of: floodLines },
      sent,
      received: sleeper!.since(sleeperMark).slice(-200),
    };
  }
  return { ...passed, sent, received };
};

/** `users`: `/users`, if the server answers it, lists every connected client's address tuple. */
export const usersCheck: CheckBody = async ({ open, timeoutMs, session }) => {
  const probes = await open(3);
  const asker = probes[0]!;
  const clients = probes.map((probe) => ({ address: probe.localAddress, port: probe.localPort }));
  const mark = asker.mark();
  const command = session.profile.commands.users ?? '/users';
  // A command goes as written, framed but not through the profile's message template.
  const sent = binaryOf(encodeFrame(session.profile.framing, command));
  asker.write(sent);
  await asker.waitFor((received) => judgeUsers(received, clients).status === 'pass', timeoutMs, mark);
  await sleep(50);
  const received = asker.since(mark);
  return { ...judgeUsers(received, clients), sent, received };
};
