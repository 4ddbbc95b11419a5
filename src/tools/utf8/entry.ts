import type { ExamplePayload } from '../tool.js';
import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';

/** The UTF-8 inspector. */
export default defineTool<ExamplePayload>({
  id: 'utf8',
  words: legacyWords((t) => ({ title: t.ui.home.items.utf8, hint: t.ui.home.hints.utf8, help: t.commands.utf8 })),
  home: { section: 'tools', key: '5' },
  command: {
    name: 'utf8',
    operands: '[text]',
    minArgs: 0,
    maxArgs: 1,
    options: { hex: { type: 'string' } },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
});
