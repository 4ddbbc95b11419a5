import { defineTool } from '../tool.js';
import type { ServerHandoff } from './handoff.js';
import type { ServeWords } from './serve-words.en.js';
import type { ChatSources } from './sources.js';

/** The types the chat server's command, screen, sources and words agree on. */
export interface ServeTool {
  payload: ServerHandoff;
  sources: ChatSources;
  words: ServeWords;
  options: typeof options;
}

const options = {
  host: { type: 'string' },
  port: { type: 'string' },
  'max-clients': { type: 'string' },
  'max-per-address': { type: 'string' },
  'ipv6-prefix': { type: 'string' },
  'idle-timeout': { type: 'string' },
} as const;

/** `netlearn serve`: a line chat server that nc, Python and other terminals can join. */
export default defineTool<ServeTool>({
  id: 'serve',
  words: { en: () => import('./serve-words.en.js'), es: () => import('./serve-words.es.js') },
  home: { section: 'live', key: 's' },
  command: { name: 'serve', operands: '', minArgs: 0, maxArgs: 0, options, load: () => import('./serve-command.js') },
  screen: () => import('./serve-screen.js'),
  sources: () => import('./sources.js'),
});
