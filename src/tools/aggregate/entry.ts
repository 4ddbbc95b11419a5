import { defineTool } from '../tool.js';

/** `netlearn aggregate`: merge networks into the fewest blocks. A plain command. */
export default defineTool({
  id: 'aggregate',
  title: (t) => t.subnet.v6.commands.aggregate.summary,
  command: {
    name: 'aggregate',
    words: (t) => t.subnet.v6.commands.aggregate,
    operands: '[<cidr>...]',
    minArgs: 0,
    maxArgs: Number.POSITIVE_INFINITY,
    options: {},
    load: () => import('./command.js'),
  },
});
