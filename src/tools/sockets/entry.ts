import { defineTool, type ExamplePayload } from '../tool.js';
import type { SocketsSources } from './sources.js';
import type { SocketsWords } from './words.en.js';

/** The types the sockets lab's command, screen, sources and words agree on. */
export interface SocketsTool {
  payload: ExamplePayload;
  sources: SocketsSources;
  words: SocketsWords;
  options: typeof options;
}

const options = {
  port: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  watch: { type: 'boolean' },
  interval: { type: 'string' },
} as const;

/** The sockets lab: this machine's TCP sockets, their roles and states, live. */
export default defineTool<SocketsTool>({
  id: 'sockets',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'live', key: 'o' },
  command: { name: 'sockets', operands: '', minArgs: 0, maxArgs: 0, options, load: () => import('./command.js') },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
