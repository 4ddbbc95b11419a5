import { isInputError } from '../core/input-error.js';
import { describeInputError } from '../i18n/index.js';
import { eachLine, writeWaiting } from '../output/each-line.js';
import type { CommandContext } from './tool.js';

/**
 * `netlearn ip -` and `netlearn subnet -`: answers every line of stdin in turn. A bad line gets its
 * error on stderr (and an `{"input","error"}` line with --json) and the rest go on; the exit code
 * is 2 at the end if any line was bad.
 */
export async function answerEachLine(
  { stdin, stdout, stderr, t, json }: CommandContext,
  answer: (text: string) => string,
): Promise<number> {
  let bad = 0;
  let total = 0;
  for await (const { line, text } of eachLine(stdin)) {
    total++;
    let out: string;
    try {
      out = answer(text);
    } catch (error) {
      if (!isInputError(error)) throw error;
      bad++;
      const message = describeInputError(error, t);
      stderr.write(`${t.cli.prefix} ${t.subnet.v6.lineError({ line, message })}\n`);
      if (!json) continue;
      out = `${JSON.stringify({ input: text, line, error: message })}\n`;
    }
    if (!(await writeWaiting(stdout, out))) return bad > 0 ? 2 : 0;
  }
  if (bad > 0) stderr.write(`${t.cli.prefix} ${t.subnet.v6.badLines({ bad, total })}\n`);
  return bad > 0 ? 2 : 0;
}
