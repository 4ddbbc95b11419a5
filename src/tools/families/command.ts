import { familiesJson, familiesModel, type FamilyResult } from '../../core/families.js';
import { familyLines } from './family-lines.js';
import type { Dictionary } from '../../i18n/index.js';
import { proseLines, proseWidth } from '../../output/prose-width.js';
import sources from './sources.js';
import type { Paint } from '../../output/paint.js';
import type { CommandContext } from '../tool.js';

/** `netlearn families`: one listener per address family and the peer address each reports. */
export default async function run({ t, json, paint, stdout }: CommandContext): Promise<number> {
  const { probes, tempDirRemoved } = await sources.probeFamilies();
  const results = familiesModel(probes);
  stdout.write(
    json
      ? `${JSON.stringify(familiesJson(results, tempDirRemoved))}\n`
      : familiesText(results, t, paint, proseWidth(stdout)).join('\n') + '\n',
  );
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}

function familiesText(results: FamilyResult[], t: Dictionary, paint: Paint, width: number | undefined): string[] {
  const text = t.families;
  const lines = [...proseLines(text.intro, width), ''];
  const labelWidth = Math.max(...results.flatMap((result) => familyLines(result, t).map((line) => line.label.length)));
  for (const result of results) {
    lines.push(`${paint.bold(result.constant)}  ${paint.dim(text.names[result.family])}`);
    for (const line of familyLines(result, t)) {
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
