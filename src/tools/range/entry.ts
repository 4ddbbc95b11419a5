import { defineTool } from '../tool.js';
import type { RangeWords } from './words.en.js';

/** The types `netlearn range`'s command and words agree on. */
export interface RangeTool {
  words: RangeWords;
}

/** `netlearn range`: the fewest CIDR blocks that cover a range of addresses. A plain command. */
export default defineTool<RangeTool>({
  id: 'range',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  command: {
    name: 'range',
    operands: '<first> <last>',
    minArgs: 2,
    maxArgs: 2,
    options: {},
    load: () => import('./command.js'),
  },
});
