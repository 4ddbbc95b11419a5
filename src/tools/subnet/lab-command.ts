import { InputError } from '../../core/input-error.js';
import { formatBlock } from '../../core/ip-range.js';
import { labRandom, parseLabPrefix, randomPrivateNetwork, randomUniqueLocalNetwork } from '../../core/lab-network.js';
import { blockRecord } from '../../core/network-steps.js';
import { visible } from '../../i18n/visible-text.js';
import type { CommandContext } from '../tool.js';
import type { SubnetTool } from './entry.js';

/** `subnet --random-private /P` or `--random-ula /P`, with `--seed S --for NAME` to hand one to each student. */
export function answerLabNetwork(context: CommandContext<SubnetTool>): number {
  const { flags, json, words, paint, stdout, sources } = context;
  const lab = words.steps.lab;
  if (flags.for !== undefined && flags.seed === undefined) throw new InputError('lab-for-without-seed', {});
  const seed = flags.seed ?? sources.randomSeed();
  const student = flags.for ?? '';
  const random = labRandom(seed, student);
  const ula = flags['random-ula'] !== undefined;
  const block = ula
    ? randomUniqueLocalNetwork(parseLabPrefix(flags['random-ula']!, 48, 64), random)
    : randomPrivateNetwork(parseLabPrefix(flags['random-private']!, 8, 30), random);
  if (json) {
    const forWhom = flags.for === undefined ? {} : { for: student };
    stdout.write(`${JSON.stringify({ ...blockRecord(block), seed, ...forWhom })}\n`);
    return 0;
  }
  const origin =
    flags.seed === undefined ? lab.unseeded({ seed }) : lab.seeded({ seed: visible(seed), student: visible(student) });
  const record = blockRecord(block);
  const lines = [
    paint.bold(formatBlock(block)),
    `${record.first} - ${record.last}`,
    '',
    ula ? lab.ula : lab.private,
    paint.gray(origin),
  ];
  stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
