import { linesOf, utf8Bytes } from '../core/check/bytes.js';
import { judgeBroadcast, judgeLongLine, judgeSplit, judgeTwoLines, judgeUtf8, passed } from '../core/check/judge.js';
import { sleep } from './check-probe.js';
import type { CheckBody } from './check-run.js';

/** How long the connected clients must stay connected for `connect` to pass. */
const stayMs = 300;
/** The pause between the two pieces of one line in `split-line` and `utf8`. */
const pieceGapMs = 300;
/** The size of `long-line`'s line, newline included. */
const longLineBytes = 8 * 1024;

/** Whether a whole line (ended by `\n`) holding the text arrived. */
function wholeLineWith(text: string): (received: string) => boolean {
  return (received) => {
    const at = received.indexOf(text);
    return at >= 0 && received.indexOf('\n', at) >= 0;
  };
}

/** `connect`: three clients connect and are still connected a moment later. */
export const connectCheck: CheckBody = async ({ open }) => {
  const probes = await open(3);
  await sleep(stayMs);
  const closed = probes.filter((probe) => probe.ended !== undefined || probe.socket.destroyed).length;
  const received = probes.map((probe) => probe.received).join('');
  if (closed > 0) return { status: 'fail', reason: 'connect-closed', details: { closed }, sent: '', received };
  return { ...passed, sent: '', received };
};

/** `broadcast`: a line from A reaches B and C. */
export const broadcastCheck: CheckBody = async ({ open, token, timeoutMs }) => {
  const [a, b, c] = await open(3);
  const word = token();
  const sent = `${word}\n`;
  const marks = [a!.mark(), b!.mark(), c!.mark()] as const;
  a!.write(sent);
  await Promise.all([b!.waitForText(word, timeoutMs, marks[1]), c!.waitForText(word, timeoutMs, marks[2])]);
  const others = [b!.since(marks[1]), c!.since(marks[2])];
  const verdict = judgeBroadcast(a!.since(marks[0]), others, word);
  const received = others.find((text) => !text.includes(word)) ?? others[0]!;
  return { ...verdict, sent, received: verdict.reason === 'broadcast-sender-only' ? a!.since(marks[0]) : received };
};

/** `concurrent`: with one client connected and silent, two others can still talk. */
export const concurrentCheck: CheckBody = async ({ open, token, timeoutMs }) => {
  await open(1);
  const [a, b] = await open(2);
  const word = token();
  const sent = `${word}\n`;
  const mark = b!.mark();
  a!.write(sent);
  const arrived = await b!.waitForText(word, timeoutMs, mark);
  const verdict = arrived ? passed : { status: 'fail' as const, reason: 'concurrent-blocked' as const };
  return { ...verdict, sent, received: b!.since(mark) };
};

/** `split-line`: one line written in two pieces, 300 ms apart, arrives whole. */
export const splitLineCheck: CheckBody = async ({ open, token, timeoutMs }) => {
  const [a, b] = await open(2);
  const head = token();
  const tail = token();
  const mark = b!.mark();
  a!.write(head);
  await sleep(pieceGapMs);
  a!.write(`${tail}\n`);
  await b!.waitFor(wholeLineWith(tail), timeoutMs, mark);
  return { ...judgeSplit(b!.since(mark), head, tail), sent: `${head}${tail}\n`, received: b!.since(mark) };
};

/** `two-lines`: two lines in one write arrive as two lines. */
export const twoLinesCheck: CheckBody = async ({ open, token, timeoutMs }) => {
  const [a, b] = await open(2);
  const first = token();
  const second = token();
  const sent = `${first}\n${second}\n`;
  const mark = b!.mark();
  a!.write(sent);
  const both = (received: string) => wholeLineWith(first)(received) && wholeLineWith(second)(received);
  await b!.waitFor(both, timeoutMs, mark);
  return { ...judgeTwoLines(b!.since(mark), first, second), sent, received: b!.since(mark) };
};

/** `utf8`: `ñandú €` written with the cut inside `ñ` arrives byte for byte. */
export const utf8Check: CheckBody = async ({ open, token, timeoutMs }) => {
  const [a, b] = await open(2);
  const word = token();
  const expected = utf8Bytes(`${word} ñandú €`);
  const sent = `${expected}\n`;
  const cut = sent.indexOf('\u00c3') + 1;
  const mark = b!.mark();
  a!.write(sent.slice(0, cut));
  await sleep(pieceGapMs);
  a!.write(sent.slice(cut));
  await b!.waitFor((received) => received.includes(expected) || wholeLineWith(word)(received), timeoutMs, mark);
  return { ...judgeUtf8(b!.since(mark), word, expected), sent, received: b!.since(mark) };
};

/** A line of exactly `bytes` bytes (newline included) that starts and ends with a token. */
function longLine(start: string, end: string, bytes: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const fill = bytes - start.length - end.length - 3;
  let middle = '';
  while (middle.length < fill) middle += alphabet;
  return `${start} ${middle.slice(0, fill)} ${end}`;
}

/** `long-line`: an 8 KiB line arrives whole. */
export const longLineCheck: CheckBody = async ({ open, token, timeoutMs }) => {
  const [a, b] = await open(2);
  const start = token();
  const end = token();
  const line = longLine(start, end, longLineBytes);
  const mark = b!.mark();
  a!.write(`${line}\n`);
  await b!.waitFor(wholeLineWith(end), timeoutMs, mark);
  const received = b!.since(mark);
  // The excerpt shows where the line was cut: the lines that arrived, each shortened.
  const shown = linesOf(received)
    .map((part) => (part.length > 40 ? `${part.slice(0, 18)}...${part.slice(-18)}` : part))
    .join('\n');
  return { ...judgeLongLine(received, line, start, end), sent: `${line}\n`, received: shown };
};
