import { defineTool } from '../tool.js';
import type { ThreadsSources } from './sources.js';
import type { ThreadsWords } from './words.en.js';

/** The types the threads tool's command, screen, sources and words agree on. */
export interface ThreadsTool {
  sources: ThreadsSources;
  words: ThreadsWords;
  options: typeof options;
}

const options = { workers: { type: 'string' }, increments: { type: 'string' } } as const;

/** Workers racing on a shared counter, without and with a lock. */
export default defineTool<ThreadsTool>({
  id: 'threads',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'live', key: '7' },
  command: { name: 'threads', operands: '', minArgs: 0, maxArgs: 0, options, load: () => import('./command.js') },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
  prose: true,
});
