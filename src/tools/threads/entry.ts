import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { ThreadsSources } from './sources.js';

/** Workers racing on a shared counter, without and with a lock. */
export default defineTool<undefined, ThreadsSources>({
  id: 'threads',
  words: legacyWords((t) => ({
    title: t.ui.home.items.threads,
    hint: t.ui.home.hints.threads,
    help: t.commands.threads,
  })),
  home: { section: 'live', key: '7' },
  command: {
    name: 'threads',
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
