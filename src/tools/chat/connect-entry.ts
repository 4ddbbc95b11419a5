import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { ChatHandoff } from './handoff.js';
import type { ChatSources } from './sources.js';

/** `netlearn connect`: a chat client for `netlearn serve` or the learner's own server. */
export default defineTool<ChatHandoff, ChatSources>({
  id: 'chat',
  words: legacyWords((t) => ({ title: t.ui.home.items.chat, hint: t.ui.home.hints.chat, help: t.commands.connect })),
  home: { section: 'live', key: 'c' },
  command: {
    name: 'connect',
    operands: '[host]',
    minArgs: 0,
    maxArgs: 1,
    options: { port: { type: 'string' } },
    load: () => import('./connect-command.js'),
  },
  screen: () => import('./chat-screen.js'),
  sources: () => import('./sources.js'),
});
