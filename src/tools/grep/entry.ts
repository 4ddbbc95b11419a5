import { defineTool } from '../tool.js';
import type { GrepWords } from './words.en.js';

/** The types `netlearn grep`'s command and words agree on. */
export interface GrepTool {
  words: GrepWords;
  options: typeof options;
}

const options = {
  invert: { type: 'boolean', short: 'v' },
  only: { type: 'boolean', short: 'o' },
  count: { type: 'boolean', short: 'c' },
} as const;

/** `netlearn grep`: the lines of stdin that hold an address inside some networks. A plain command. */
export default defineTool<GrepTool>({
  id: 'grep',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  command: {
    name: 'grep',
    operands: '<cidr>[,<cidr>...]',
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    options,
    load: () => import('./command.js'),
  },
});
