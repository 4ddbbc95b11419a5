import { InputError, isInputError } from '../../core/input-error.js';
import { aggregate, formatBlock, parseAnyNetwork, type Block } from '../../core/ip-range.js';
import { eachLine } from '../../output/each-line.js';
import { writeLines } from '../../output/write-lines.js';
import { BadLines } from '../bad-lines.js';
import type { CommandContext } from '../tool.js';
import type { AggregateTool } from './entry.js';

/** The networks to merge: the arguments, or one per line of stdin (a bad line is named, the rest kept). */
async function readInputs(context: CommandContext<AggregateTool>): Promise<{ inputs: Block[]; code: number }> {
  const { args, stdin } = context;
  if (args.length > 0) return { inputs: args.map((text) => parseAnyNetwork(text)), code: 0 };
  const inputs: Block[] = [];
  const bad = new BadLines(context);
  for await (const { line, text } of eachLine(stdin)) {
    bad.total++;
    try {
      inputs.push(parseAnyNetwork(text));
    } catch (error) {
      if (!isInputError(error)) throw error;
      bad.add(line, error);
    }
  }
  return { inputs, code: bad.finish() };
}

/** `netlearn aggregate <cidr>...` (or stdin): the merged blocks, each with the inputs it took in. */
export default async function run(context: CommandContext<AggregateTool>): Promise<number> {
  const { args, json, stdout, words, paint, interactive } = context;
  if (args.length === 0 && interactive) throw new InputError('aggregate-empty', {});
  const { inputs, code } = await readInputs(context);
  const rows = aggregate(inputs);
  const lines = function* () {
    for (const { block, absorbed } of rows) {
      if (json) {
        yield JSON.stringify({ cidr: formatBlock(block), family: block.family, absorbed: absorbed.map(formatBlock) });
        continue;
      }
      yield paint.bold(formatBlock(block));
      // In a pipe, CIDRs only, ready for the next command; --json always carries what was absorbed.
      if (absorbed.length > 0 && stdout.isTTY)
        yield paint.gray(words.absorbed({ list: absorbed.map(formatBlock).join(', ') }));
    }
    if (!json && stdout.isTTY) yield paint.gray(words.summary({ inputs: inputs.length, blocks: rows.length }));
  };
  await writeLines(stdout, lines());
  return code;
}
