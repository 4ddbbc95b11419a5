import { parseCheckTarget, parseOnly, parseTimeout } from '../../core/check/options.js';
import { checkSummary } from '../../core/check/result.js';
import { joinHostPort } from '../../core/address-tuple.js';
import { proseWidth } from '../../output/prose-width.js';
import type { CommandContext } from '../tool.js';
import type { CheckTool } from './entry.js';
import { resultJson } from './diagnosis.js';
import runClient from './client-command.js';
import { resultLines } from './result-lines.js';

/**
 * `netlearn check [host] [--port P] [--only IDS] [--strict] [--timeout S]`: real clients against the
 * learner's chat server. On a terminal, the live checklist; piped, one line per check and a
 * summary; `--json`, NDJSON. Exit 0 when no basic check failed, 1 when one did or nothing listens.
 */
export default async function run(ctx: CommandContext<CheckTool>): Promise<number> {
  const { flags, t, words, sources, json, paint, stdout } = ctx;
  if (flags.client === true) return runClient(ctx);
  const { host, port } = parseCheckTarget(ctx.args[0], flags.port);
  const ids = parseOnly(flags.only);
  const timeoutMs = parseTimeout(flags.timeout);
  const strict = flags.strict === true;
  if (ctx.interactive && !json) {
    await ctx.openScreen({ host, port, ids, timeoutMs, strict, autostart: true });
    return 0;
  }
  const where = joinHostPort(host, port);
  if (!json) ctx.stderr.write(words.plain.checking({ where, count: ids.length }) + '\n');
  const width = proseWidth(stdout);
  const run = await sources.run(
    { host, port, ids, timeoutMs },
    {
      finished: (result) =>
        stdout.write(
          json
            ? JSON.stringify(resultJson(result, words)) + '\n'
            : resultLines(result, words, paint, width).join('\n') + '\n',
        ),
    },
  );
  if ('unreachable' in run) {
    const code = run.unreachable;
    const message =
      code === 'ECONNREFUSED' ? words.plain.unreachable({ where }) : words.plain.unreachableOther({ where, code });
    ctx.stderr.write(`${t.cli.prefix} ${message}\n`);
    return 1;
  }
  const summary = checkSummary(run.results, strict);
  if (json) stdout.write(JSON.stringify({ type: 'summary', ...summary }) + '\n');
  else {
    const line = words.plain.summary(summary);
    stdout.write((summary.exitCode === 0 ? paint.green(line) : paint.red(line)) + '\n');
  }
  return summary.exitCode;
}
