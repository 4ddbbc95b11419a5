import { parsePortOption } from '../../core/socket-options.js';
import { parseTimeout } from '../../core/check/options.js';
import { checkSummary } from '../../core/check/result.js';
import { joinHostPort } from '../../core/address-tuple.js';
import { proseWidth } from '../../output/prose-width.js';
import type { CommandContext } from '../tool.js';
import type { CheckTool } from './entry.js';
import { resultJson } from './diagnosis.js';
import { resultLines } from './result-lines.js';

/** How long the learner has to start the client, type the line and close it, at most. */
const learnerMs = 120_000;

/**
 * `netlearn check --client [--port P]`: listen on 127.0.0.1, print the Python line to paste, and
 * check the learner's client when it connects. Instructions go to stderr, results to stdout.
 */
export default async function runClient({
  flags,
  words,
  sources,
  json,
  paint,
  stdout,
  stderr,
}: CommandContext<CheckTool>): Promise<number> {
  const port = parsePortOption(flags.port ?? '0');
  const timeoutMs = parseTimeout(flags.timeout);
  const width = proseWidth(stdout);
  const results = await sources.runClient(
    { port, timeoutMs, waitMs: Math.max(learnerMs, timeoutMs) },
    {
      listening: (where) => {
        stderr.write(words.client.listening({ where: joinHostPort(where.host, where.port) }) + '\n');
        stderr.write(words.client.pythonLine(where) + '\n');
      },
      prompt: (step) => stderr.write((step === 'type' ? words.client.typeLine : words.client.closeNow) + '\n'),
      finished: (result) =>
        stdout.write(
          json
            ? JSON.stringify(resultJson(result, words)) + '\n'
            : resultLines(result, words, paint, width).join('\n') + '\n',
        ),
    },
  );
  // Every client check is basic: any failure fails the run.
  const summary = checkSummary(results, results.some((result) => result.status === 'fail') ? 'fail' : 'pass');
  if (json) stdout.write(JSON.stringify({ type: 'summary', ...summary }) + '\n');
  else {
    const line = words.plain.summary(summary);
    stdout.write((summary.exitCode === 0 ? paint.green(line) : paint.red(line)) + '\n');
  }
  return summary.exitCode;
}
