import { judgeAbruptLeave, judgeCleanLeave, judgeInOrder } from '../core/check/judge.js';
import { sleep } from './check-probe.js';
import type { CheckBody } from './check-run.js';

/** How long after a client leaves the checker watches for a flood before talking again. */
const afterLeaveMs = 500;
/** `churn`: how many lines the talker sends, and how many clients come and go meanwhile. */
const churnLines = 50;
const churnClients = 30;
/** The pace of `churn`'s lines and arrivals, and how long each passing client stays. */
const lineGapMs = 10;
const arrivalGapMs = 8;
const stayMs = 120;

/** `clean-leave`: a client closes (FIN); the others get no flood of empty lines and keep talking. */
export const cleanLeaveCheck: CheckBody = async ({ open, token, timeoutMs }) => {
  const [a, b, c] = await open(3);
  const mark = b!.mark();
  c!.end();
  await sleep(afterLeaveMs);
  const word = token();
  const sent = `${word}\n`;
  a!.write(sent);
  await b!.waitForText(word, timeoutMs, mark);
  await sleep(100);
  const received = b!.since(mark);
  return { ...judgeCleanLeave(received, word), sent, received };
};

/** `abrupt-leave`: a client resets (RST); the others keep talking, twice. */
export const abruptLeaveCheck: CheckBody = async ({ open, token, timeoutMs }) => {
  const [a, b, c] = await open(3);
  c!.reset();
  await sleep(afterLeaveMs);
  const first = token();
  const second = token();
  const mark = b!.mark();
  a!.write(`${first}\n`);
  if (await b!.waitForText(first, timeoutMs, mark)) {
    a!.write(`${second}\n`);
    await b!.waitForText(second, timeoutMs, mark);
  }
  const received = b!.since(mark);
  return { ...judgeAbruptLeave(received, first, second), sent: `${first}\n${second}\n`, received };
};

/**
 * `churn`: 30 clients come and go (each closing cleanly, so only the handling of the list is
 * tested) while one talks 50 lines; a steady listener must get all 50, in order. A server that
 * walks its client list while another thread changes it, without a lock, loses lines or its
 * talker's thread.
 */
export const churnCheck: CheckBody = async ({ open, join, token, timeoutMs }) => {
  const [talker, listener] = await open(2);
  const words = Array.from({ length: churnLines }, () => token());
  const mark = listener!.mark();
  const comeAndGo = (async () => {
    const leaving: Promise<void>[] = [];
    for (let joined = 0; joined < churnClients; joined++) {
      const probe = await join();
      if (probe) {
        leaving.push(sleep(stayMs).then(() => probe.end()));
      }
      await sleep(arrivalGapMs);
    }
    await Promise.all(leaving);
  })();
  for (const word of words) {
    talker!.write(`${word}\n`);
    await sleep(lineGapMs);
  }
  await comeAndGo;
  await listener!.waitForText(words.at(-1)!, timeoutMs, mark);
  const received = listener!.since(mark);
  const verdict = judgeInOrder(received, words);
  return { ...verdict, sent: words.slice(0, 3).join('\n') + '\n...\n', received };
};
