import { parsePortOption } from '../../core/socket-options.js';
import { parseTimeout } from '../../core/check/options.js';
import { checkSummary } from '../../core/check/result.js';
import { joinHostPort } from '../../core/address-tuple.js';
import { proseWidth } from '../../output/prose-width.js';
import type { CommandContext } from '../tool.js';
import { resultJson } from './check-words.js';
import { resultLines } from './result-lines.js';
import type { CheckPayload } from './payload.js';
import sources from './sources.js';

/** How long the learner has to start the client, type the line and close it, at most. */
const learnerMs = 120_000;

/**
 * `netlearn check --client [--port P]`: listen on 127.0.0.1, print the Python line to paste, and
 * check the learner's client when it connects. Instructions go to stderr, results to stdout.
 */
export default async function runClient(ctx: CommandContext<CheckPayload>): Promise<number> {
  const { t, json, paint, stdout, stderr } = ctx;
  const port = parsePortOption(typeof ctx.flags.port === 'string' ? ctx.flags.port : '0');
  const timeoutMs = parseTimeout(typeof ctx.flags.timeout === 'string' ? ctx.flags.timeout : undefined);
  const width = proseWidth(stdout);
  const results = await sources.runClient(
    { port, timeoutMs, waitMs: Math.max(learnerMs, timeoutMs) },
    {
      listening: (where) => {
        stderr.write(t.check.client.listening({ where: joinHostPort(where.host, where.port) }) + '\n');
        stderr.write(t.check.client.pythonLine(where) + '\n');
      },
      prompt: (step) => stderr.write((step === 'type' ? t.check.client.typeLine : t.check.client.closeNow) + '\n'),
      finished: (result) =>
        stdout.write(
          json ? JSON.stringify(resultJson(result, t)) + '\n' : resultLines(result, t, paint, width).join('\n') + '\n',
        ),
    },
  );
  const summary = checkSummary(results, false);
  if (json) stdout.write(JSON.stringify({ type: 'summary', ...summary }) + '\n');
  else {
    const line = t.check.plain.summary(summary);
    stdout.write((summary.exitCode === 0 ? paint.green(line) : paint.red(line)) + '\n');
  }
  return summary.exitCode;
}
