import { defineTool } from '../tool.js';
import type { ChatWords } from './chat-words.en.js';
import type { ChatHandoff } from './handoff.js';
import type { ChatSources } from './sources.js';

/** The types the chat client's command, screen, sources and words agree on. */
export interface ChatTool {
  payload: ChatHandoff;
  sources: ChatSources;
  words: ChatWords;
  options: typeof options;
}

const options = { port: { type: 'string' } } as const;

/** `netlearn connect`: a chat client for `netlearn serve` or the learner's own server. */
export default defineTool<ChatTool>({
  id: 'chat',
  words: { en: () => import('./chat-words.en.js'), es: () => import('./chat-words.es.js') },
  home: { section: 'live', key: 'c' },
  command: {
    name: 'connect',
    operands: '[host]',
    minArgs: 0,
    maxArgs: 1,
    options,
    load: () => import('./connect-command.js'),
  },
  screen: () => import('./chat-screen.js'),
  sources: () => import('./sources.js'),
});
