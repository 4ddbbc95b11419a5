import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { ServerHandoff } from './handoff.js';
import type { ChatSources } from './sources.js';

/** `netlearn serve`: a line chat server that nc, Python and other terminals can join. */
export default defineTool<ServerHandoff, ChatSources>({
  id: 'serve',
  words: legacyWords((t) => ({ title: t.ui.home.items.serve, hint: t.ui.home.hints.serve, help: t.commands.serve })),
  home: { section: 'live', key: 's' },
  command: {
    name: 'serve',
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'max-clients': { type: 'string' },
      'max-per-address': { type: 'string' },
      'idle-timeout': { type: 'string' },
    },
    load: () => import('./serve-command.js'),
  },
  screen: () => import('./serve-screen.js'),
  sources: () => import('./sources.js'),
});
