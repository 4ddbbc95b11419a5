import { formatAddress, formatBlock, parseRange, summarizeRange } from '../../core/ip-range.js';
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
      for (const block of blocks) {
        if (!json) {
          yield formatBlock(block);
          continue;
        }
        const size = 1n << BigInt((family === 'IPv4' ? 32 : 128) - block.prefix);
        yield JSON.stringify({
          cidr: formatBlock(block),
          family,
          first: formatAddress(family, block.value),
          last: formatAddress(family, block.value + size - 1n),
          addresses: family === 'IPv4' ? Number(size) : size.toString(),
        });
      }
    })(),
  );
  return 0;
}
