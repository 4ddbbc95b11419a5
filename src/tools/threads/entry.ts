import { defineTool } from '../tool.js';
import type { ThreadsSources } from './sources.js';

/** Workers racing on a shared counter, without and with a lock. */
export default defineTool<undefined, ThreadsSources>({
  id: 'threads',
  title: (t) => t.ui.home.items.threads,
  hint: (t) => t.ui.home.hints.threads,
  home: { section: 'live', key: '7' },
  command: {
    name: 'threads',
    words: (t) => t.commands.threads,
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: { workers: { type: 'string' }, increments: { type: 'string' } },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
  prose: true,
});
