import { defineTool } from '../tool.js';

/** `netlearn range`: the fewest CIDR blocks that cover a range of addresses. A plain command. */
export default defineTool({
  id: 'range',
  title: (t) => t.subnet.v6.commands.range.summary,
  command: {
    name: 'range',
    words: (t) => t.subnet.v6.commands.range,
    operands: '<first> <last>',
    minArgs: 2,
    maxArgs: 2,
    options: {},
    load: () => import('./command.js'),
  },
});
