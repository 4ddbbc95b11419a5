import { familiesJson, familiesModel, type FamilyResult } from '../../core/families.js';
import { familyLines } from './family-lines.js';
import { proseLines, proseWidth } from '../../output/prose-width.js';
import type { Paint } from '../../output/paint.js';
import type { CommandContext } from '../tool.js';
import type { FamiliesTool } from './entry.js';
import type { FamiliesWords } from './words.en.js';

/** `netlearn families`: one listener per address family and the peer address each reports. */
export default async function run({
  words,
  sources,
  json,
  paint,
  stdout,
}: CommandContext<FamiliesTool>): Promise<number> {
  const { probes, tempDirRemoved } = await sources.probeFamilies();
  const results = familiesModel(probes);
  stdout.write(
    json
      ? `${JSON.stringify(familiesJson(results, tempDirRemoved))}\n`
      : familiesText(results, words, paint, proseWidth(stdout)).join('\n') + '\n',
  );
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}

function familiesText(results: FamilyResult[], text: FamiliesWords, paint: Paint, width: number | undefined): string[] {
  const lines = [...proseLines(text.intro, width), ''];
  const labelWidth = Math.max(
    ...results.flatMap((result) => familyLines(result, text).map((line) => line.label.length)),
  );
  for (const result of results) {
    lines.push(`${paint.bold(result.constant)}  ${paint.dim(text.names[result.family])}`);
    for (const line of familyLines(result, text)) {
      const value = line.python
        ? paint.cyan(line.value)
        : result.status === 'ok'
          ? line.value
          : paint.yellow(line.value);
      lines.push(`  ${line.label.padEnd(labelWidth)}  ${value}`);
    }
    lines.push('');
  }
  lines.push(...proseLines(text.tempRemoved, width).map(paint.dim), '', ...proseLines(text.lesson, width));
  return lines;
}
