import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { HostSources } from './sources.js';

/** This machine: hostname, what localhost resolves to, interfaces and masks. */
export default defineTool<undefined, HostSources>({
  id: 'host',
  words: legacyWords((t) => ({ title: t.ui.home.items.host, hint: t.ui.home.hints.host, help: t.commands.host })),
  home: { section: 'tools', key: '6' },
  command: {
    name: 'host',
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: {},
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
