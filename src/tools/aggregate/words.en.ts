import { defineWords } from '../tool.js';

const help = {
  summary: 'Merge adjacent and overlapping networks into the fewest blocks (arguments or stdin)',
  options: {},
  examples: [
    'netlearn aggregate 10.0.0.0/25 10.0.0.128/25 10.0.1.0/24',
    'cat networks.txt | netlearn aggregate --json',
  ],
};

/** `netlearn aggregate`'s words: a plain command, named by its summary. */
const words = defineWords({
  title: help.summary,
  help,
  absorbed: (p: { list: string }) => `  took in ${p.list}`,
  summary: (p: { inputs: number; blocks: number }) =>
    `${p.inputs} ${p.inputs === 1 ? 'network' : 'networks'} in, ${p.blocks} ${p.blocks === 1 ? 'block' : 'blocks'} out.`,
});

export type AggregateWords = typeof words;
export default words;
