import { defineTool } from '../tool.js';
import type { AggregateWords } from './words.en.js';

/** The types `netlearn aggregate`'s command and words agree on. */
export interface AggregateTool {
  words: AggregateWords;
}

/** `netlearn aggregate`: merge networks into the fewest blocks. A plain command. */
export default defineTool<AggregateTool>({
  id: 'aggregate',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  command: {
    name: 'aggregate',
    operands: '[<cidr>...]',
    minArgs: 0,
    maxArgs: Number.POSITIVE_INFINITY,
    options: {},
    load: () => import('./command.js'),
  },
});
