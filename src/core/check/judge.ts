import { frameOf, linesOf } from './bytes.js';
import type { CheckReason, CheckStatus } from './checks.js';

/** A verdict before the run adds what was sent and received. */
export interface Verdict {
  status: CheckStatus;
  reason: CheckReason;
  details?: Record<string, string | number>;
}

export const passed: Verdict = { status: 'pass', reason: 'pass' };
const fail = (reason: CheckReason, details?: Record<string, string | number>): Verdict => ({
  status: 'fail',
  reason,
  ...(details ? { details } : {}),
});

/** Whether a line holding the token arrived (the server may write anything around it). */
function hasToken(binary: string, token: string): boolean {
  return binary.includes(token);
}

/** A line from A must reach B and C; the sender's own copy tells "sent back only" from "lost". */
export function judgeBroadcast(sender: string, others: readonly string[], token: string): Verdict {
  const reached = others.filter((received) => hasToken(received, token)).length;
  if (reached === others.length) return passed;
  if (reached > 0) return fail('broadcast-partial', { reached, of: others.length });
  return fail(hasToken(sender, token) ? 'broadcast-sender-only' : 'broadcast-none');
}

/** A line written in two pieces must arrive as one line holding the whole token. */
export function judgeSplit(received: string, head: string, tail: string): Verdict {
  if (linesOf(received).some((line) => line.includes(head + tail))) return passed;
  return fail(hasToken(received, head) || hasToken(received, tail) ? 'split-line-cut' : 'split-line-none');
}

/**
 * Two lines in one write must arrive as two lines, each framed as the server frames any line: the
 * second one bare (with no name before it) means the server forwarded the chunk as one message.
 */
export function judgeTwoLines(received: string, first: string, second: string): Verdict {
  const lines = linesOf(received);
  const one = lines.find((line) => line.includes(first));
  const two = lines.find((line) => line.includes(second));
  if (!one || !two) return fail('two-lines-none');
  if (one === two || frameOf(one, first) !== frameOf(two, second)) return fail('two-lines-merged');
  return passed;
}

/**
 * The text must arrive byte for byte. What arrived instead names the bug: `Ã±` is UTF-8 read as
 * Latin-1, a lone `\xf1` is text encoded as Latin-1.
 */
export function judgeUtf8(received: string, token: string, expected: string): Verdict {
  if (received.includes(expected)) return passed;
  const line = linesOf(received).find((candidate) => candidate.includes(token));
  if (line === undefined) return fail('utf8-none');
  if (line.includes('\u00c3\u0083\u00c2\u00b1')) return fail('utf8-mojibake');
  if (line.includes('\u00f1')) return fail('utf8-latin1');
  return fail('utf8-changed');
}

/**
 * A long line must arrive as one line holding its first and last token and every byte between; in
 * pieces (both tokens, apart) or cut short (only the first) names why not.
 */
export function judgeLongLine(received: string, line: string, start: string, end: string): Verdict {
  const lines = linesOf(received);
  if (lines.some((candidate) => candidate.includes(line))) return passed;
  const head = lines.find((candidate) => candidate.includes(start));
  if (head === undefined) return fail('long-line-none');
  if (hasToken(received, end)) return fail('long-line-cut');
  // Only the start arrived: the line was cut short, by a fixed-size read or a limit of its own.
  return fail('long-line-truncated', { bytes: head.length - head.indexOf(start) });
}

/** How many lines after one client leaves is a flood rather than a "left" notice or two. */
export const floodLines = 10;

/** After one client closes, the others must keep talking, and not drown in empty lines. */
export function judgeCleanLeave(afterLeave: string, token: string): Verdict {
  const lines = linesOf(afterLeave);
  const noise = lines.filter((line) => !line.includes(token)).length;
  if (noise > floodLines) return fail('clean-leave-flood', { lines: noise });
  return hasToken(afterLeave, token) ? passed : fail('clean-leave-stuck');
}

/** After one client resets, two lines in a row must still arrive. */
export function judgeAbruptLeave(received: string, first: string, second: string): Verdict {
  if (!hasToken(received, first)) return fail('abrupt-leave-first');
  if (!hasToken(received, second)) return fail('abrupt-leave-second');
  return passed;
}

/** Every token must arrive, in the order sent. */
export function judgeInOrder(received: string, tokens: readonly string[]): Verdict {
  const positions = tokens.map((token) => received.indexOf(token));
  const missing = positions.filter((position) => position < 0).length;
  if (missing > 0) return fail('churn-missing', { missing, of: tokens.length });
  const sorted = positions.every((position, index) => index === 0 || position > positions[index - 1]!);
  return sorted ? passed : fail('churn-order');
}

/** Whether an answer names one connected client: its port next to its address, in any usual form. */
function namesClient(answer: string, address: string, port: number): boolean {
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}['"]?\\s*[,:]\\s*${port}(?!\\d)`).test(answer);
}

/**
 * `/users` must list every connected client. An answer that names none of them is taken as "this
 * server has no /users", a skip; naming some but not all is a fail.
 */
export function judgeUsers(answer: string, clients: readonly { address: string; port: number }[]): Verdict {
  const named = clients.filter((client) => namesClient(answer, client.address, client.port)).length;
  if (named === clients.length) return passed;
  if (named === 0) return { status: 'skip', reason: 'users-none' };
  return fail('users-missing', { named, of: clients.length });
}
