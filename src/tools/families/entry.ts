import { defineTool } from '../tool.js';
import type { FamiliesSources } from './sources.js';
import type { FamiliesWords } from './words.en.js';

/** The types the families tool's command, screen, sources and words agree on. */
export interface FamiliesTool {
  sources: FamiliesSources;
  words: FamiliesWords;
  options: typeof options;
}

const options = {} as const;

/** One listener per address family and the peer address each reports. */
export default defineTool<FamiliesTool>({
  id: 'families',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'live', key: '8' },
  command: { name: 'families', operands: '', minArgs: 0, maxArgs: 0, options, load: () => import('./command.js') },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
  prose: true,
});
