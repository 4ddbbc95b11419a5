import type { ExamplePayload } from '../tool.js';
import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { SubnetSources } from './sources.js';

/** The subnet calculator and splitter. */
export default defineTool<ExamplePayload, SubnetSources>({
  id: 'subnet',
  words: legacyWords((t) => ({ title: t.ui.home.items.subnet, hint: t.ui.home.hints.subnet, help: t.commands.subnet })),
  home: { section: 'tools', key: '3' },
  command: {
    name: 'subnet',
    operands: '[<cidr> | <ip> <mask> | -]',
    minArgs: 0,
    maxArgs: 2,
    options: { split: { type: 'string' }, hosts: { type: 'string' }, contains: { type: 'string' } },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
