import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { DemoPayload } from './payload.js';
import type { DemoSources } from './sources.js';

/** The live demo: a real server, clients added with a key, every connection's tuples. */
export default defineTool<DemoPayload, DemoSources>({
  id: 'demo',
  words: legacyWords((t) => ({ title: t.ui.home.items.demo, hint: t.ui.home.hints.demo, help: t.commands.demo })),
  home: { section: 'live', key: '9' },
  command: {
    name: 'demo',
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: { clients: { type: 'string' }, family: { type: 'string' }, port: { type: 'string' } },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
