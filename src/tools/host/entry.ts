import { defineTool } from '../tool.js';
import type { HostSources } from './sources.js';

/** This machine: hostname, what localhost resolves to, interfaces and masks. */
export default defineTool<undefined, HostSources>({
  id: 'host',
  title: (t) => t.ui.home.items.host,
  hint: (t) => t.ui.home.hints.host,
  home: { section: 'tools', key: '6' },
  command: {
    name: 'host',
    words: (t) => t.commands.host,
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: {},
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
