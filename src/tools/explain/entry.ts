import { defineTool } from '../tool.js';

/** The error explainer: a traceback line, errno, number or pasted ss line, explained. */
export default defineTool({
  id: 'explain',
  title: (t) => t.explain.title,
  hint: (t) => t.explain.hint,
  command: {
    name: 'explain',
    words: (t) => t.explain.command,
    operands: '[error]',
    minArgs: 0,
    maxArgs: 64,
    options: {},
    load: () => import('./command.js'),
  },
});
