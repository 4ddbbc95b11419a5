import type { ExamplePayload } from '../tool.js';
import { defineTool } from '../tool.js';
import type { PortSources } from './sources.js';

/** The port classifier. */
export default defineTool<ExamplePayload, PortSources>({
  id: 'port',
  title: (t) => t.ui.home.items.port,
  hint: (t) => t.ui.home.hints.port,
  home: { section: 'tools', key: '4' },
  command: {
    name: 'port',
    words: (t) => t.commands.port,
    operands: '<n>',
    minArgs: 1,
    maxArgs: 1,
    options: { 'try-bind': { type: 'boolean' } },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
