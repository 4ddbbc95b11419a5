import { utf8Bytes } from './bytes.js';
import type { Verdict } from './judge.js';

/** What `--client` asks the learner to type. */
const clientLine = 'hola ñandú';

/**
 * The first line the learner's client sent: `hola ñandú` in UTF-8 ended by `\n` passes; the same
 * text with no `\n`, in Latin-1, or otherwise changed names the bug.
 */
export function judgeClientLine(received: string): Verdict {
  const utf8 = utf8Bytes(clientLine);
  // Every character of the line is below U+0100, so as Latin-1 bytes it is the text itself.
  const latin1 = clientLine;
  if (received.includes(`${utf8}\n`) || received.includes(`${utf8}\r\n`)) return { status: 'pass', reason: 'pass' };
  if (received.includes(utf8)) return { status: 'fail', reason: 'client-utf8-no-newline' };
  if (received.includes(latin1)) return { status: 'fail', reason: 'client-utf8-latin1' };
  if (received === '') return { status: 'fail', reason: 'client-utf8-none' };
  return { status: 'fail', reason: 'client-utf8-changed' };
}
