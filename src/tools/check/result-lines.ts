import { excerpt } from '../../core/check/bytes.js';
import type { ExplainedResult } from '../../core/check/judgement.js';
import type { CheckResult } from '../../core/check/result.js';
import type { Paint } from '../../output/paint.js';
import { proseLines } from '../../output/prose-width.js';
import { diagnosisOf } from './diagnosis.js';
import type { CheckWords } from './words.en.js';

/** One line per check; a failed or skipped one carries its diagnosis and lesson on the same line. */
export function resultLines(
  result: CheckResult | ExplainedResult,
  words: CheckWords,
  paint: Paint,
  width: number | undefined,
): string[] {
  const mark = { pass: paint.green, fail: paint.red, skip: paint.yellow, 'not-run': paint.dim }[result.status](
    words.status[result.status].padEnd(Math.max(...Object.values(words.status).map((s) => s.length))),
  );
  const head = words.plain.line({ status: mark, id: result.id, name: words.names[result.id], ms: result.ms });
  if (result.status === 'pass') return [head];
  if (result.status === 'not-run') return [`${head}: ${diagnosisOf(result, words)}`];
  const tail = `${diagnosisOf(result, words)} (${words.plain.lesson({ id: result.lesson })})`;
  if (width === undefined) return [`${head}: ${tail}`];
  const indent = '    ';
  const lines = [head, ...proseLines(tail, width - indent.length).map((line) => indent + line)];
  if (result.sent) lines.push(`${indent}${paint.dim(words.plain.sent + ':')} ${excerpt(result.sent, width - 16)}`);
  lines.push(`${indent}${paint.dim(words.plain.received + ':')} ${excerpt(result.received, width - 16)}`);
  return lines;
}
