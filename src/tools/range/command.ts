import { formatBlock, parseRange, summarizeRange } from '../../core/ip-range.js';
import { blockRecord } from '../../core/network-steps.js';
import { writeLines } from '../../output/write-lines.js';
import type { CommandContext } from '../tool.js';
import type { RangeTool } from './entry.js';

/** `netlearn range <first> <last>`: one CIDR per line, or one JSON object per line with --json. */
export default async function run({ args, json, stdout }: CommandContext<RangeTool>): Promise<number> {
  const { family, first, last } = parseRange(args[0]!, args[1]!);
  const blocks = summarizeRange(family, first, last);
  await writeLines(
    stdout,
    (function* () {
      for (const block of blocks) yield json ? JSON.stringify(blockRecord(block)) : formatBlock(block);
    })(),
  );
  return 0;
}
