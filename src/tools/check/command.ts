import { parseCheckTarget, parseOnly, parseTimeout } from '../../core/check/options.js';
import { checkSummary } from '../../core/check/result.js';
import { joinHostPort } from '../../core/address-tuple.js';
import { proseWidth } from '../../output/prose-width.js';
import type { CommandContext } from '../tool.js';
import { resultJson } from './check-words.js';
import runClient from './client-command.js';
import { resultLines } from './result-lines.js';
import type { CheckPayload } from './payload.js';
import sources from './sources.js';

function flag(ctx: CommandContext<CheckPayload>, name: string): string | undefined {
  const value = ctx.flags[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * `netlearn check [host] [--port P] [--only IDS] [--strict] [--timeout S]`: real clients against the
 * learner's chat server. On a terminal, the live checklist; piped, one line per check and a
 * summary; `--json`, NDJSON. Exit 0 when no basic check failed, 1 when one did or nothing listens.
 */
export default async function run(ctx: CommandContext<CheckPayload>): Promise<number> {
  if (ctx.flags.client === true) return runClient(ctx);
  const { host, port } = parseCheckTarget(ctx.args[0], flag(ctx, 'port'));
  const ids = parseOnly(flag(ctx, 'only'));
  const timeoutMs = parseTimeout(flag(ctx, 'timeout'));
  const strict = ctx.flags.strict === true;
  const { t, json, paint, stdout } = ctx;
  if (ctx.interactive && !json) {
    await ctx.openScreen({ host, port, ids, timeoutMs, strict, autostart: true });
    return 0;
  }
  const where = joinHostPort(host, port);
  if (!json) ctx.stderr.write(t.check.plain.checking({ where, count: ids.length }) + '\n');
  const width = proseWidth(stdout);
  const run = await sources.run(
    { host, port, ids, timeoutMs },
    {
      finished: (result) =>
        stdout.write(
          json ? JSON.stringify(resultJson(result, t)) + '\n' : resultLines(result, t, paint, width).join('\n') + '\n',
        ),
    },
  );
  if ('unreachable' in run) {
    const code = run.unreachable;
    const message =
      code === 'ECONNREFUSED' ? t.check.plain.unreachable({ where }) : t.check.plain.unreachableOther({ where, code });
    ctx.stderr.write(`${t.cli.prefix} ${message}\n`);
    return 1;
  }
  const summary = checkSummary(run.results, strict);
  if (json) stdout.write(JSON.stringify({ type: 'summary', ...summary }) + '\n');
  else {
    const line = t.check.plain.summary(summary);
    stdout.write((summary.exitCode === 0 ? paint.green(line) : paint.red(line)) + '\n');
  }
  return summary.exitCode;
}
