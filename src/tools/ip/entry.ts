import type { ExamplePayload } from '../tool.js';
import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';

/** The address-to-binary converter. */
export default defineTool<ExamplePayload>({
  id: 'ip',
  words: legacyWords((t) => ({ title: t.ui.home.items.ip, hint: t.ui.home.hints.ip, help: t.commands.ip })),
  home: { section: 'tools', key: '2' },
  command: {
    name: 'ip',
    operands: '<address> | -',
    minArgs: 1,
    maxArgs: 1,
    options: {},
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
});
