import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';

/** The error explainer: a traceback line, errno, number or pasted ss line, explained. */
export default defineTool({
  id: 'explain',
  words: legacyWords((t) => ({ title: t.explain.title, hint: t.explain.hint, help: t.explain.command })),
  command: {
    name: 'explain',
    operands: '[error]',
    minArgs: 0,
    maxArgs: 64,
    options: {},
    load: () => import('./command.js'),
  },
});
