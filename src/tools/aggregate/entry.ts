import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';

/** `netlearn aggregate`: merge networks into the fewest blocks. A plain command. */
export default defineTool({
  id: 'aggregate',
  words: legacyWords((t) => ({ title: t.subnet.v6.commands.aggregate.summary, help: t.subnet.v6.commands.aggregate })),
  command: {
    name: 'aggregate',
    operands: '[<cidr>...]',
    minArgs: 0,
    maxArgs: Number.POSITIVE_INFINITY,
    options: {},
    load: () => import('./command.js'),
  },
});
