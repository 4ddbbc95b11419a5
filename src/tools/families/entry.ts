import { defineTool } from '../tool.js';
import type { FamiliesSources } from './sources.js';

/** One listener per address family and the peer address each reports. */
export default defineTool<undefined, FamiliesSources>({
  id: 'families',
  title: (t) => t.ui.home.items.families,
  hint: (t) => t.ui.home.hints.families,
  home: { section: 'live', key: '8' },
  command: {
    name: 'families',
    words: (t) => t.commands.families,
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
