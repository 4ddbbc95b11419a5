import { defineTool } from '../tool.js';
import type { ExamplePayload } from '../tool.js';
import type { SocketsSources } from './sources.js';

/** The sockets lab: this machine's TCP sockets, their roles and states, live. */
export default defineTool<ExamplePayload, SocketsSources>({
  id: 'sockets',
  title: (t) => t.sockets.title,
  hint: (t) => t.sockets.hint,
  home: { section: 'live', key: 'o' },
  command: {
    name: 'sockets',
    words: (t) => t.sockets.command,
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
