import { defineTool } from '../tool.js';
import type { DemoPayload } from './payload.js';
import type { DemoSources } from './sources.js';

/** The live demo: a real server, clients added with a key, every connection's tuples. */
export default defineTool<DemoPayload, DemoSources>({
  id: 'demo',
  title: (t) => t.ui.home.items.demo,
  hint: (t) => t.ui.home.hints.demo,
  home: { section: 'live', key: '9' },
  command: {
    name: 'demo',
    words: (t) => t.commands.demo,
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: { clients: { type: 'string' }, family: { type: 'string' }, port: { type: 'string' } },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
