import { judgeAbruptLeave, judgeCleanLeave, judgeInOrder } from '../core/check/judge.js';
import { sleep } from './check-probe.js';
import type { CheckBody } from './check-run.js';

/** How long after a client leaves the checker watches for a flood before talking again. */
const afterLeaveMs = 250;
/** `churn`: how many lines the talker sends, and how many clients come and go meanwhile. */
const churnLines = 50;
const churnClients = 30;
/** The pace of `churn`'s lines and arrivals, and how long each passing client stays. */
const lineGapMs = 8;
const arrivalGapMs = 6;
const stayMs = 100;
/** How many lines flow around a reset, and how long each is: a flood, but one a slow reader survives. */
const floodLines = 4096;
const floodLineBytes = 1024;

/** `clean-leave`: a client closes (FIN); the others get no flood of empty lines and keep talking. */
export const cleanLeaveCheck: CheckBody = async ({ open, token, timeoutMs, encode }) => {
  const [a, b, c] = await open(3);
  const mark = b!.mark();
  c!.end();
  await sleep(afterLeaveMs);
  const word = token();
  const sent = encode(word);
  a!.write(sent);
  await b!.waitForText(word, timeoutMs, mark);
  await sleep(100);
  const received = b!.since(mark);
  return { ...judgeCleanLeave(received, word), sent, received };
};

/**
 * `abrupt-leave`: one client resets (RST) while all is quiet, and another while the server is
 * relaying a flood of lines to it; the server lives through both, and the others keep talking, twice.
 */
export const abruptLeaveCheck: CheckBody = async ({ open, token, timeoutMs, encode }) => {
  // First the server lets go of the clients earlier checks closed, so these take its slots in turn:
  // the flood's leavers come after the talker in whatever order the server keeps its clients.
  await sleep(100);
  const [quiet, a, b, ...flooded] = await open(5);
  // The listener reads every flood (it must, to hear what comes after them).
  b!.readLimit = floodLines * floodLineBytes * 2 * flooded.length;
  quiet!.reset();
  await sleep(afterLeaveMs);
  // Twice, a flood and a leaver's reset right behind it, in the same turn: the server is still
  // relaying the flood to that client when its reset comes (twice, because when it comes is the OS's).
  const line = encode(`${token()} ${'x'.repeat(floodLineBytes)}`);
  for (const leaver of flooded) {
    a!.write(line.repeat(floodLines));
    leaver.reset();
    await sleep(afterLeaveMs / 2);
  }
  await sleep(afterLeaveMs);
  const first = token();
  const second = token();
  const mark = b!.mark();
  a!.write(encode(first));
  if (await b!.waitForText(first, timeoutMs, mark)) {
    a!.write(encode(second));
    await b!.waitForText(second, timeoutMs, mark);
  }
  const received = b!.since(mark);
  return { ...judgeAbruptLeave(received, first, second), sent: encode(first) + encode(second), received };
};

/**
 * `churn`: 30 clients come and go (each closing cleanly, so only the handling of the list is
 * tested) while one talks 50 lines; a steady listener must get all 50, in order. A server that
 * walks its client list while another thread changes it, without a lock, loses lines or its
 * talker's thread.
 */
export const churnCheck: CheckBody = async ({ open, join, token, timeoutMs, encode }) => {
  const [talker, listener] = await open(2);
  const words = Array.from({ length: churnLines }, () => token());
  const mark = listener!.mark();
  const comeAndGo = (async () => {
    const leaving: Promise<void>[] = [];
    for (let joined = 0; joined < churnClients; joined++) {
      const probe = await join();
      if (probe) leaving.push(sleep(stayMs).then(() => probe.end()));
      await sleep(arrivalGapMs);
    }
    await Promise.all(leaving);
  })();
  for (const word of words) {
    talker!.write(encode(word));
    await sleep(lineGapMs);
  }
  await comeAndGo;
  await listener!.waitForText(words.at(-1)!, timeoutMs, mark);
  const received = listener!.since(mark);
  const verdict = judgeInOrder(received, words);
  return { ...verdict, sent: words.slice(0, 3).map(encode).join('') + '...\n', received };
};
