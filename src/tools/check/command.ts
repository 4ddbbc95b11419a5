import { parseCheckTarget, parseOnly, parseTimeout } from '../../core/check/options.js';
import { parseProfile } from '../../core/check/profile.js';
import { checkSummary } from '../../core/check/result.js';
import { joinHostPort } from '../../core/address-tuple.js';
import { proseLines, proseWidth } from '../../output/prose-width.js';
import type { CommandContext } from '../tool.js';
import type { CheckTool } from './entry.js';
import { judgementJson, judgementLines, resultJson, unreachableSentence } from './diagnosis.js';
import runClient from './client-command.js';
import { resultLines } from './result-lines.js';

/**
 * `netlearn check [host] [--port P] [--only IDS] [--strict] [--timeout S] [--profile P]`: real
 * clients against the learner's chat server. On a terminal, the live checklist; piped, the
 * judgement, one line per check and a summary; `--json`, NDJSON in that order. Exit 0 when the
 * verdict is pass, 1 when it is fail (nothing listening included).
 */
export default async function run(ctx: CommandContext<CheckTool>): Promise<number> {
  const { flags, words, sources, json, paint, stdout } = ctx;
  if (flags.client === true) return runClient(ctx);
  const { host, port } = parseCheckTarget(ctx.args[0], flags.port);
  const ids = parseOnly(flags.only);
  const timeoutMs = parseTimeout(flags.timeout);
  const strict = flags.strict === true;
  const profile = flags.profile === undefined ? undefined : parseProfile(sources.readProfile(flags.profile));
  if (ctx.interactive && !json) {
    await ctx.openScreen({ host, port, ids, timeoutMs, strict, autostart: true, profile });
    return 0;
  }
  const where = joinHostPort(host, port);
  if (!json) ctx.stderr.write(words.plain.checking({ where, count: ids.length }) + '\n');
  const width = proseWidth(stdout);
  // The judgement comes first, so the checks wait for the whole run.
  const { judgement, results } = await sources.run({ host, port, ids, timeoutMs, strict, profile }, {});
  const summary = checkSummary(results, judgement.verdict);
  if (judgement.cause === 'unreachable' && !json) {
    // Nothing to list: one error line, as for any command that cannot do its work.
    ctx.stderr.write(`${ctx.t.cli.prefix} ${unreachableSentence(judgement, where, words)}\n`);
    return 1;
  }
  if (json) {
    const records = [judgementJson(judgement, words), ...results.map((result) => resultJson(result, words))];
    stdout.write(records.map((record) => JSON.stringify(record) + '\n').join(''));
    stdout.write(JSON.stringify({ type: 'summary', ...summary }) + '\n');
    return summary.exitCode;
  }
  const said = judgementLines(judgement, words).flatMap((line) => (width ? proseLines(line, width) : [line]));
  const mark = judgement.verdict === 'pass' ? paint.green : paint.red;
  stdout.write([mark(said[0]!), ...said.slice(1), ''].join('\n') + '\n');
  for (const result of results) stdout.write(resultLines(result, words, paint, width).join('\n') + '\n');
  if (results.length > 0) {
    const line = words.plain.summary(summary);
    stdout.write((summary.exitCode === 0 ? paint.green(line) : paint.red(line)) + '\n');
  }
  return summary.exitCode;
}
