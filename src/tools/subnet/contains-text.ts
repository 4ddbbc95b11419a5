import { blockContains, familyBits, formatBlock, parseAnyNetwork, type Block } from '../../core/ip-range.js';
import type { SubnetWords } from './words.en.js';
import type { Paint } from '../../output/paint.js';

/** Whether a network holds an address or network, and the bits that decide it. */
export interface ContainsModel {
  contains: boolean;
  family: Block['family'];
  network: string;
  other: string;
  /** The network's prefix: how many leading bits must match. */
  prefix: number;
  /** The other's prefix: 32 or 128 for one address. */
  otherPrefix: number;
  networkBits: string;
  otherBits: string;
  /** 1-based position of the first deciding bit that differs, or null when they all match. */
  firstDifference: number | null;
}

const bitsOf = (block: Block, count: number) =>
  block.value.toString(2).padStart(familyBits(block.family), '0').slice(0, count);

export function containsModel(networkText: string, otherText: string): ContainsModel {
  const network = parseAnyNetwork(networkText);
  const other = parseAnyNetwork(otherText);
  const sameFamily = network.family === other.family;
  const prefix = network.prefix;
  const networkBits = bitsOf(network, prefix);
  const otherBits = sameFamily ? bitsOf(other, prefix) : '';
  const differs = [...networkBits].findIndex((bit, i) => bit !== otherBits[i]);
  return {
    contains: blockContains(network, other),
    family: network.family,
    network: formatBlock(network),
    other: other.prefix === familyBits(other.family) ? otherText.trim() : formatBlock(other),
    prefix,
    otherPrefix: other.prefix,
    networkBits,
    otherBits,
    firstDifference: sameFamily && differs !== -1 ? differs + 1 : null,
  };
}

/** Bits in rows of 32 (IPv4 dots every 8, IPv6 colons every 16) so 128 fit in 60 columns. */
function rows(bits: string, family: Block['family']): string[] {
  const out: string[] = [];
  for (let i = 0; i < bits.length; i += 32) {
    const row = bits.slice(i, i + 32);
    out.push(family === 'IPv4' ? row.replace(/(.{8})(?=.)/g, '$1.') : row.replace(/(.{16})(?=.)/g, '$1:'));
  }
  return out;
}

export function formatContains(model: ContainsModel, text: SubnetWords, paint: Paint): string {
  const words = text.v6.contains;
  const names = { network: model.network, other: model.other };
  if (model.otherBits === '') return `${words.familyMix(names)}\n`;
  const lines = [paint.bold(model.contains ? words.yes(names) : words.no(names))];
  if (!model.contains && model.otherPrefix < model.prefix) {
    lines.push(words.wider(names));
    return `${lines.join('\n')}\n`;
  }
  if (model.prefix === 0) return `${[...lines, paint.gray(words.noBits)].join('\n')}\n`;
  lines.push('', words.decides({ prefix: model.prefix }));
  const ours = rows(model.networkBits, model.family);
  const theirs = rows(model.otherBits, model.family);
  const width = Math.max(model.network.length, model.other.length) + 2;
  ours.forEach((row, i) => {
    lines.push(`  ${paint.gray((i === 0 ? model.network : '').padEnd(width))}${paint.cyan(row)}`);
    const other = theirs[i]!;
    const colored = [...other].map((bit, j) => (bit === row[j] ? bit : paint.red(bit))).join('');
    lines.push(`  ${paint.gray((i === 0 ? model.other : '').padEnd(width))}${colored}`, '');
  });
  lines.push(
    model.firstDifference === null ? paint.gray(words.same) : paint.gray(words.differs({ bit: model.firstDifference })),
  );
  return `${lines.join('\n')}\n`;
}
