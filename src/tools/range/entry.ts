import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';

/** `netlearn range`: the fewest CIDR blocks that cover a range of addresses. A plain command. */
export default defineTool({
  id: 'range',
  words: legacyWords((t) => ({ title: t.subnet.v6.commands.range.summary, help: t.subnet.v6.commands.range })),
  command: {
    name: 'range',
    operands: '<first> <last>',
    minArgs: 2,
    maxArgs: 2,
    options: {},
    load: () => import('./command.js'),
  },
});
