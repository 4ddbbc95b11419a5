import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { FamiliesSources } from './sources.js';

/** One listener per address family and the peer address each reports. */
export default defineTool<undefined, FamiliesSources>({
  id: 'families',
  words: legacyWords((t) => ({
    title: t.ui.home.items.families,
    hint: t.ui.home.hints.families,
    help: t.commands.families,
  })),
  home: { section: 'live', key: '8' },
  command: {
    name: 'families',
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: {},
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
  prose: true,
});
