import { isInputError } from '../core/input-error.js';
import { eachLine, writeWaiting } from '../output/each-line.js';
import { BadLines } from './bad-lines.js';
import type { CommandContext } from './tool.js';

/**
 * `netlearn ip -` and `netlearn subnet -`: answers every line of stdin in turn. A bad line gets its
 * error on stderr (the first 20; an `{"input","error"}` line with --json for each) and the rest go
 * on; the exit code is 2 at the end if any line was bad.
 */
export async function answerEachLine(ctx: CommandContext, answer: (text: string) => string): Promise<number> {
  const { stdin, stdout, json } = ctx;
  const bad = new BadLines(ctx);
  for await (const { line, text } of eachLine(stdin)) {
    bad.total++;
    let out: string;
    try {
      out = answer(text);
    } catch (error) {
      if (!isInputError(error)) throw error;
      const message = bad.add(line, error);
      if (!json) continue;
      out = `${JSON.stringify({ input: text, line, error: message })}\n`;
    }
    if (!(await writeWaiting(stdout, out))) return bad.bad > 0 ? 2 : 0;
  }
  return bad.finish();
}
