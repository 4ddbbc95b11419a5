import { ErrorScanner, nearestName, recogniseErrors, type Finding } from '../../core/explain/recognise.js';
import { stdinLines } from '../../output/line-input.js';
import { proseWidth } from '../../output/prose-width.js';
import { visible } from '../../i18n/visible-text.js';
import type { CommandContext } from '../tool.js';
import type { ExplainTool } from './entry.js';
import { explanationJson, explanationLines, knownKinds } from './explanation-lines.js';

/**
 * `netlearn explain <error>`, or `... | netlearn explain`: each distinct socket or encoding error,
 * explained once, as soon as its line arrives. Nothing else from the input is passed through.
 */
export default async function run({
  args,
  words,
  json,
  paint,
  stdout,
  stderr,
  stdin,
}: CommandContext<ExplainTool>): Promise<number> {
  const width = proseWidth(stdout);
  const write = (finding: Finding, first: boolean) => {
    if (json) stdout.write(`${JSON.stringify(explanationJson(finding, words))}\n`);
    else stdout.write((first ? '' : '\n') + explanationLines(finding, words, paint.bold, width).join('\n') + '\n');
  };
  if (args.length > 0) {
    const input = args.join(' ');
    const findings = recogniseErrors(input);
    if (findings.length === 0) {
      const suggestion = nearestName(input.slice(0, 200));
      stderr.write(`${words.unknown({ input: visible(input.slice(0, 200)), suggestion, kinds: knownKinds(words) })}\n`);
      return 2;
    }
    findings.forEach((finding, index) => write(finding, index === 0));
    return 0;
  }
  if (stdin.isTTY) {
    stderr.write(`${words.noInput({ kinds: knownKinds(words) })}\n`);
    return 2;
  }
  // Line by line, so a server piped in (`python3 server.py 2>&1 | netlearn explain`) is explained live.
  const scanner = new ErrorScanner();
  let count = 0;
  // A line past 64 KiB is cut, not refused: a long log line must not stop the errors after it.
  for await (const { text: line } of stdinLines(stdin, 'cut')) {
    const finding = scanner.push(line);
    if (finding) write(finding, count++ === 0);
  }
  if (count === 0) {
    stderr.write(`${words.nothingPiped({ kinds: knownKinds(words) })}\n`);
    return 2;
  }
  return 0;
}
