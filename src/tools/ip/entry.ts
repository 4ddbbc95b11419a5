import type { ExamplePayload } from '../tool.js';
import { defineTool } from '../tool.js';

/** The address-to-binary converter. */
export default defineTool<ExamplePayload>({
  id: 'ip',
  title: (t) => t.ui.home.items.ip,
  hint: (t) => t.ui.home.hints.ip,
  home: { section: 'tools', key: '2' },
  command: {
    name: 'ip',
    words: (t) => t.commands.ip,
    operands: '<address> | -',
    minArgs: 1,
    maxArgs: 1,
    options: {},
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
});
