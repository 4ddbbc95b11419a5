import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { ExamplePayload } from '../tool.js';
import type { SocketsSources } from './sources.js';

/** The sockets lab: this machine's TCP sockets, their roles and states, live. */
export default defineTool<ExamplePayload, SocketsSources>({
  id: 'sockets',
  words: legacyWords((t) => ({ title: t.sockets.title, hint: t.sockets.hint, help: t.sockets.command })),
  home: { section: 'live', key: 'o' },
  command: {
    name: 'sockets',
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: {
      port: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      watch: { type: 'boolean' },
      interval: { type: 'string' },
    },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
