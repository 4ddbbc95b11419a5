import { formatBlock, parseAnyNetwork, type Block } from '../../core/ip-range.js';
import { InputError } from '../../core/input-error.js';
import {
  blockRecord,
  blocksAfter,
  excludeBlock,
  nextBlocks,
  parseNextCount,
  parseSupernetPrefix,
  supernetOf,
} from '../../core/network-steps.js';
import { writeLines } from '../../output/write-lines.js';
import type { CommandContext } from '../tool.js';
import type { SubnetTool } from './entry.js';

/**
 * `subnet --supernet`, `--exclude` and `--next`: steps from one network to its neighbours. The
 * network comes as `<cidr>` or `<ip> <mask>`; `<cidr> /P` (Perl ipcalc's way) reads as a supernet.
 */

type Context = CommandContext<SubnetTool>;

/** The network the user typed, and the prefix after it when given Perl ipcalc's way (`A/24 /22`). */
export interface TypedNetwork {
  block: Block;
  input: string;
  secondPrefix?: number;
}

export function typedNetwork(args: readonly string[]): TypedNetwork {
  const [first, second] = args;
  if (second === undefined || !first!.includes('/')) {
    return { block: parseAnyNetwork(args.join(' ')), input: args.join(' ') };
  }
  const block = parseAnyNetwork(first!);
  // The address without its prefix, with the second one: the parsers read `<ip> <prefix or mask>`.
  const address = first!.slice(0, first!.indexOf('/'));
  const secondPrefix = parseAnyNetwork(`${address} ${second.trim().replace(/^\//, '')}`).prefix;
  return { block, input: first!, secondPrefix };
}

function bitsPicture(of: Block, prefix: number, droppedBits: string, paint: Context['paint']): string {
  const bits = of.value.toString(2).padStart(32, '0');
  const dotted = (from: number, to: number) =>
    [...bits.slice(from, to)].map((bit, i) => ((from + i) % 8 === 0 && from + i > 0 ? `.${bit}` : bit)).join('');
  const kept = paint.cyan(dotted(0, prefix));
  const dropped = paint.yellow(dotted(prefix, prefix + droppedBits.length));
  return `  ${kept}|${dropped}|${paint.gray(dotted(of.prefix, 32))}`;
}

/** The supernet of prefix `prefixText` (or one bit shorter), with the bits dropped. */
export function answerSupernet(context: Context, typed: TypedNetwork, prefixText: string | undefined): number {
  const { json, words, paint, stdout, stderr } = context;
  const steps = words.steps.supernet;
  const { block } = typed;
  const prefix = parseSupernetPrefix(prefixText, block);
  const { block: supernet, droppedBits } = supernetOf(block, prefix);
  const record = blockRecord(supernet);
  const count = 1n << BigInt(droppedBits.length);
  if (typed.secondPrefix !== undefined && !context.flags.supernet)
    stderr.write(`${steps.readAs({ command: `netlearn subnet ${typed.input} --supernet /${prefix}` })}\n`);
  if (json) {
    const networks = block.family === 'IPv4' ? Number(count) : count.toString();
    const { cidr, ...ends } = record;
    stdout.write(
      `${JSON.stringify({ input: typed.input, network: formatBlock(block), supernet: cidr, prefix, droppedBits, ...ends, networks })}\n`,
    );
    return 0;
  }
  const labels = words.labels;
  const v6 = words.v6.labels;
  const width =
    Math.max(labels.network.length, v6.firstAddress.length, v6.lastAddress.length, labels.addresses.length) + 2;
  const label = (text: string) => paint.gray(text.padEnd(width));
  const lines = [paint.bold(steps.header({ cidr: formatBlock(block), supernet: record.cidr })), ''];
  if (block.family === 'IPv4') {
    lines.push(bitsPicture(block, prefix, droppedBits, paint));
    lines.push(
      `  ${paint.cyan(`${steps.kept} /${prefix}`)}  ${paint.yellow(`${steps.dropped} ${droppedBits || '-'}`)}  ${paint.gray(`${steps.host} ${32 - block.prefix}`)}`,
      '',
    );
  }
  lines.push(`${label(labels.network)}${record.cidr}`);
  lines.push(`${label(v6.firstAddress)}${record.first}`);
  lines.push(`${label(v6.lastAddress)}${record.last}`);
  lines.push(`${label(labels.addresses)}${record.addresses}`, '');
  lines.push(
    steps.sentence({
      dropped: droppedBits.length,
      bits: droppedBits,
      count: count.toString(),
      prefix: block.prefix,
      supernet: record.cidr,
    }),
  );
  stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** Blocks one per line: CIDRs when piped, a header and ranges on a terminal, records with --json. */
async function listBlocks(context: Context, header: string, blocks: Iterable<Block>): Promise<void> {
  const { json, paint, stdout } = context;
  await writeLines(
    stdout,
    (function* () {
      if (!json && stdout.isTTY) yield paint.bold(header);
      for (const block of blocks) {
        if (json) yield JSON.stringify(blockRecord(block));
        else if (!stdout.isTTY) yield formatBlock(block);
        else {
          const { cidr, first, last, addresses } = blockRecord(block);
          yield `${paint.cyan(cidr.padEnd(24))} ${first} - ${last}  ${paint.gray(String(addresses))}`;
        }
      }
    })(),
  );
}

/** What is left of the network once `excludeText` is taken out of it. */
export async function answerExclude(context: Context, typed: TypedNetwork, excludeText: string): Promise<number> {
  const inner = parseAnyNetwork(excludeText);
  const blocks = [...excludeBlock(typed.block, inner)];
  const steps = context.words.steps.exclude;
  const cidr = formatBlock(typed.block);
  if (blocks.length === 0 && !context.json) context.stderr.write(`${steps.same({ cidr: formatBlock(inner) })}\n`);
  await listBlocks(context, steps.header({ cidr, excluded: formatBlock(inner), count: blocks.length }), blocks);
  return 0;
}

/** The N blocks of the same size after the network; a note when the address space ends first. */
export async function answerNext(context: Context, typed: TypedNetwork, countText: string): Promise<number> {
  const asked = parseNextCount(countText);
  const { block } = typed;
  const left = blocksAfter(block);
  const count = asked < left ? asked : left;
  const steps = context.words.steps.next;
  if (count < asked)
    context.stderr.write(
      `${steps.spaceEnds({ count: count.toString(), asked: asked.toString(), family: block.family })}\n`,
    );
  const header = steps.header({ count: count.toString(), prefix: block.prefix, cidr: formatBlock(block) });
  await listBlocks(context, header, nextBlocks(block, count));
  return 0;
}

/** `A/24 /26`: a longer second prefix is a split, said as the command to type. */
export function longerSecondPrefix(typed: TypedNetwork, second: string): never {
  throw new InputError('subnet-two-masks', {
    part: second,
    command: `netlearn subnet ${typed.input} --split /${typed.secondPrefix}`,
  });
}
