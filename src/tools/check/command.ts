import { excerpt } from '../../core/check/bytes.js';
import { parseCheckTarget, parseOnly, parseTimeout } from '../../core/check/options.js';
import { checkSummary, type CheckResult } from '../../core/check/result.js';
import { joinHostPort } from '../../core/address-tuple.js';
import type { Dictionary } from '../../i18n/index.js';
import type { Paint } from '../../output/paint.js';
import { proseLines, proseWidth } from '../../output/prose-width.js';
import type { CommandContext } from '../tool.js';
import { diagnosisOf, resultJson } from './check-words.js';
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

/** One line per check; a failed or skipped one carries its diagnosis and lesson on the same line. */
export function resultLines(result: CheckResult, t: Dictionary, paint: Paint, width: number | undefined): string[] {
  const words = t.check;
  const mark = { pass: paint.green, fail: paint.red, skip: paint.yellow }[result.status](
    words.status[result.status].padEnd(Math.max(...Object.values(words.status).map((s) => s.length))),
  );
  const head = words.plain.line({ status: mark, id: result.id, name: words.names[result.id], ms: result.ms });
  if (result.status === 'pass') return [head];
  const tail = `${diagnosisOf(result, t)} (${words.plain.lesson({ id: result.lesson })})`;
  if (width === undefined) return [`${head}: ${tail}`];
  const indent = '    ';
  const lines = [head, ...proseLines(tail, width - indent.length).map((line) => indent + line)];
  if (result.sent) lines.push(`${indent}${paint.dim(words.plain.sent + ':')} ${excerpt(result.sent, width - 16)}`);
  lines.push(`${indent}${paint.dim(words.plain.received + ':')} ${excerpt(result.received, width - 16)}`);
  return lines;
}
