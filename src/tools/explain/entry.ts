import { defineTool } from '../tool.js';
import type { ExplainWords } from './words.en.js';

/** The types the error explainer's command and words agree on. */
export interface ExplainTool {
  words: ExplainWords;
  options: typeof options;
}

const options = {} as const;

/** The error explainer: a traceback line, errno, number or pasted ss line, explained. */
export default defineTool<ExplainTool>({
  id: 'explain',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  command: {
    name: 'explain',
    operands: '[error]',
    minArgs: 0,
    maxArgs: 64,
    options,
    load: () => import('./command.js'),
  },
});
