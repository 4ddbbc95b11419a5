import { excerpt, linesOf, utf8Bytes } from '../core/check/bytes.js';
import { utf16Holding } from '../core/check/encoding.js';
import { lateMs } from '../core/check/evidence.js';
import {
  judgeBroadcast,
  judgeLongLine,
  judgeSplit,
  judgeTwoLines,
  judgeUtf8,
  passed,
  type Verdict,
} from '../core/check/judge.js';
import { sleep, type Probe } from './check-probe.js';
import type { CheckBody, CheckContext } from './check-run.js';

/** How long the connected clients must stay connected for `connect` to pass. */
const stayMs = 200;
/** The pause between the two pieces of one line in `split-line` and `utf8`. */
const pieceGapMs = 150;
/** The size of `long-line`'s line, newline included. */
const longLineBytes = 64 * 1024;
/** How long a broadcast that arrived may take to be ended by its `\n`. */
const lineEndMs = 300;
/** The wait for a second line, when the first seems lost (asked as a name, or a dead thread). */
const secondChanceMs = 1000;

const fail = (reason: Verdict['reason'], details?: Record<string, string | number>): Verdict => ({
  status: 'fail',
  reason,
  ...(details ? { details } : {}),
});

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
  const closed = probes.filter((probe) => probe.closedByServer).length;
  const received = probes.map((probe) => probe.received).join('');
  if (closed > 0) return { ...fail('connect-closed', { closed }), sent: '', received };
  return { ...passed, sent: '', received };
};

/** A line that is a JSON object or array: a chat that speaks JSON, not plain lines. */
function isJson(line: string): boolean {
  if (!/^\s*[[{]/.test(line)) return false;
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** The middle of two delays (or the one there is). */
const middle = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/**
 * Nothing with the token reached anyone: find out why before calling it a missing broadcast. The
 * line may have come in UTF-16, or been taken as the sender's name (a server that asks names
 * without a word), or the server may answer in a protocol of its own.
 */
async function explainSilence(
  context: CheckContext,
  a: Probe,
  b: Probe,
  word: string,
  marks: number[],
): Promise<Verdict> {
  const { evidence, session, token, encode } = context;
  // Clients still waiting for accept() while others talk: the server serves one client at a time.
  const waiting = context.acceptQueue();
  if (waiting !== undefined && waiting > 0) return fail('broadcast-one-at-a-time', { waiting });
  const heard = [a.since(marks[0]!), b.since(marks[1]!)];
  const encoding = heard.map((text) => utf16Holding(text, word)).find(Boolean);
  if (encoding) {
    evidence.encoding = encoding;
    return fail('broadcast-none');
  }
  if (!session.asksName) {
    const second = token();
    a.write(encode(second));
    if ((await b.arrivalMs(second, secondChanceMs, marks[1])) !== undefined) {
      // The first line became the sender's name: from now on every client gives one first.
      session.asksName = true;
      evidence.askedName = { prompt: '', name: word };
      return passed;
    }
  }
  const reply = [a.since(marks[0]!), b.since(marks[1]!)].find((text) => text.length > 0);
  // An answer that holds none of it, or a sender dropped for its very first line (a length-prefixed
  // server reads "nlab" as a length of gigabytes): the server speaks another protocol.
  if (reply !== undefined || a.closedByServer)
    evidence.protocol = { sample: reply === undefined ? '' : excerpt(reply, 80) };
  return fail('broadcast-none');
}

/** `broadcast`: a line from A reaches B and C, ended by its `\n`, without delay. */
export const broadcastCheck: CheckBody = async (context) => {
  const { open, token, timeoutMs, encode, evidence, session } = context;
  const [a, b, c] = await open(3);
  const word = token();
  const sent = encode(word);
  const marks = [a!.mark(), b!.mark(), c!.mark()];
  a!.write(sent);
  const delays = await Promise.all([b!.arrivalMs(word, timeoutMs, marks[1]), c!.arrivalMs(word, timeoutMs, marks[2])]);
  const arrived = delays.filter((ms): ms is number => ms !== undefined);
  arrived.forEach(context.observed);
  const others = () => [b!.since(marks[1]!), c!.since(marks[2]!)];
  if (arrived.length === 0) {
    const verdict = judgeBroadcast(a!.since(marks[0]!), others(), word);
    const why = verdict.reason === 'broadcast-none' ? await explainSilence(context, a!, b!, word, marks) : verdict;
    return { ...why, sent, received: why.reason === 'broadcast-sender-only' ? a!.since(marks[0]!) : others()[0]! };
  }
  const [reached, mark] = delays[0] !== undefined ? [b!, marks[1]!] : [c!, marks[2]!];
  if (!(await reached.waitFor(wholeLineWith(word), lineEndMs, mark))) {
    evidence.noNewline = { sample: excerpt(reached.since(mark), 80) };
    return { ...fail('broadcast-no-newline'), sent, received: reached.since(mark) };
  }
  const verdict = judgeBroadcast(a!.since(marks[0]!), others(), word);
  const received = others().find((text) => !text.includes(word)) ?? others()[0]!;
  if (verdict.status !== 'pass') return { ...verdict, sent, received };
  const line = linesOf(received).find((candidate) => candidate.includes(word)) ?? '';
  if (isJson(line) && !/^\s*[[{]/.test(session.profile.shown.replace(/\{(any|name|text)\}/g, ''))) {
    evidence.protocol = { sample: excerpt(line, 80), json: true };
    return { ...fail('broadcast-protocol'), sent, received };
  }
  // A server that asked names shows them: the sender's name beside its line confirms it.
  if (session.asksName && a!.name && received.includes(a!.name))
    evidence.askedName ??= { prompt: session.prompt?.source ?? '', name: a!.name };
  const delay = middle(arrived);
  if (delay > lateMs) return { ...fail('broadcast-late', { ms: Math.round(delay) }), sent, received };
  return { ...passed, sent, received };
};

/** `concurrent`: with one client connected and silent, two others can still talk. */
export const concurrentCheck: CheckBody = async ({ open, token, timeoutMs, encode, observed }) => {
  await open(1);
  const [a, b] = await open(2);
  const word = token();
  const sent = encode(word);
  const mark = b!.mark();
  a!.write(sent);
  const ms = await b!.arrivalMs(word, timeoutMs, mark);
  if (ms !== undefined) observed(ms);
  const verdict = ms !== undefined ? passed : fail('concurrent-blocked');
  return { ...verdict, sent, received: b!.since(mark) };
};

/**
 * `split-line`: two clients each write half a line at the same moment, then the rest 150 ms later;
 * the listener gets both lines whole, neither mixed into the other (one buffer per client).
 */
export const splitLineCheck: CheckBody = async ({ open, token, timeoutMs, encode }) => {
  const [a, b, c] = await open(3);
  const [headA, tailA, headC, tailC] = [token(), token(), token(), token()];
  const lineA = encode(headA + tailA);
  const lineC = encode(headC + tailC);
  const cutA = lineA.indexOf(tailA);
  const cutC = lineC.indexOf(tailC);
  const mark = b!.mark();
  a!.write(lineA.slice(0, cutA));
  c!.write(lineC.slice(0, cutC));
  await sleep(pieceGapMs);
  a!.write(lineA.slice(cutA));
  c!.write(lineC.slice(cutC));
  const both = (received: string) => wholeLineWith(tailA)(received) && wholeLineWith(tailC)(received);
  await b!.waitFor(both, timeoutMs, mark);
  const received = b!.since(mark);
  const verdict = judgeSplit(received, headA, tailA);
  const other = judgeSplit(received, headC, tailC);
  const mixed =
    verdict.status === 'fail' && linesOf(received).some((line) => line.includes(headA) && line.includes(headC));
  const result = mixed ? fail('split-line-mixed') : verdict.status === 'fail' ? verdict : other;
  return { ...result, sent: lineA, received };
};

/**
 * `two-lines`: an empty line first (nothing to relay, nothing to break), then two lines in one
 * write; they arrive as two lines.
 */
export const twoLinesCheck: CheckBody = async ({ open, token, timeoutMs, encode }) => {
  const [a, b] = await open(2);
  const first = token();
  const second = token();
  const sent = encode(first) + encode(second);
  const mark = b!.mark();
  a!.write(encode(''));
  await sleep(50);
  // Closed with nothing relayed: the empty line itself ended that client.
  const emptyEnded = a!.closedByServer && b!.since(mark) === '';
  a!.write(sent);
  const both = (received: string) => wholeLineWith(first)(received) && wholeLineWith(second)(received);
  await b!.waitFor(both, timeoutMs, mark);
  const received = b!.since(mark);
  const verdict = judgeTwoLines(received, first, second);
  if (verdict.reason === 'two-lines-none' && emptyEnded) return { ...fail('empty-line-stops'), sent, received };
  return { ...verdict, sent, received };
};

/** Sends `line` from one client and waits for it (or a whole line with `token`) at the other. */
async function relay(from: Probe, to: Probe, pieces: readonly string[], token: string, expected: string, ms: number) {
  const mark = to.mark();
  for (const [index, piece] of pieces.entries()) {
    if (index > 0) await sleep(pieceGapMs);
    from.write(piece);
  }
  await to.waitFor((received) => received.includes(expected) || wholeLineWith(token)(received), ms, mark);
  return to.since(mark);
}

/**
 * `utf8`: `ñandú €` first in one write, then again with the cut inside `ñ`; both arrive byte for
 * byte. A server that cannot decode ñ at all (`decode('ascii')`) loses the whole client; one that
 * decodes each recv() chunk loses only the cut line.
 */
export const utf8Check: CheckBody = async ({ open, token, timeoutMs, encode, evidence }) => {
  const [a, b] = await open(2);
  const whole = token();
  const expectedWhole = utf8Bytes(`${whole} ñandú €`);
  const sentWhole = encode(`${whole} ñandú €`);
  const first = await relay(a!, b!, [sentWhole], whole, expectedWhole, timeoutMs);
  const wholeVerdict = judgeUtf8(first, whole, expectedWhole);
  if (wholeVerdict.reason === 'utf8-none') {
    // Is that client still heard? If not, the ñ killed its thread on the server.
    const probe = token();
    const heard = await relay(a!, b!, [encode(probe)], probe, probe, Math.min(timeoutMs, secondChanceMs));
    if (!heard.includes(probe)) {
      evidence.decodeError = true;
      return { ...fail('utf8-decode-error'), sent: sentWhole, received: first };
    }
  }
  if (wholeVerdict.reason === 'utf8-latin1') evidence.encoding = { name: 'latin-1' };
  if (wholeVerdict.status !== 'pass') return { ...wholeVerdict, sent: sentWhole, received: first };
  // Relayed, and then that client was closed: no fault of ñ's, the server drops a talker.
  if (a!.closedByServer) return { ...fail('sender-closed'), sent: sentWhole, received: first };
  const word = token();
  const expected = utf8Bytes(`${word} ñandú €`);
  const sent = encode(`${word} ñandú €`);
  const cut = sent.indexOf('\u00c3') + 1;
  const received = await relay(a!, b!, [sent.slice(0, cut), sent.slice(cut)], word, expected, timeoutMs);
  return { ...judgeUtf8(received, word, expected), sent, received };
};

/** A line of exactly `bytes` bytes (newline included) that starts and ends with a token. */
function longLine(start: string, end: string, bytes: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const fill = bytes - start.length - end.length - 3;
  let middleText = '';
  while (middleText.length < fill) middleText += alphabet;
  return `${start} ${middleText.slice(0, fill)} ${end}`;
}

/** `long-line`: a 64 KiB line arrives whole. */
export const longLineCheck: CheckBody = async ({ open, token, timeoutMs, encode }) => {
  const [a, b] = await open(2);
  const start = token();
  const end = token();
  const line = longLine(start, end, longLineBytes);
  const mark = b!.mark();
  const sent = encode(line);
  a!.write(sent);
  await b!.waitFor(wholeLineWith(end), timeoutMs, mark);
  const received = b!.since(mark);
  // The excerpt shows where the line was cut: the lines that arrived, each shortened.
  const shown = linesOf(received)
    .map((part) => (part.length > 40 ? `${part.slice(0, 18)}...${part.slice(-18)}` : part))
    .join('\n');
  return { ...judgeLongLine(received, line, start, end), sent: `${line.slice(0, 40)}...\n`, received: shown };
};
