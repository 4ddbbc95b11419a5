import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { CheckPayload } from './payload.js';
import type { CheckSources } from './sources.js';

/** `netlearn check`: real clients test the learner's own chat server (or client) and say what to fix. */
export default defineTool<CheckPayload, CheckSources>({
  id: 'check',
  words: legacyWords((t) => ({ title: t.check.title, hint: t.check.hint, help: t.check.command })),
  home: { section: 'live', key: 'v' },
  command: {
    name: 'check',
    operands: '[host]',
    minArgs: 0,
    maxArgs: 1,
    options: {
      port: { type: 'string' },
      only: { type: 'string' },
      strict: { type: 'boolean' },
      timeout: { type: 'string' },
      client: { type: 'boolean' },
    },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
