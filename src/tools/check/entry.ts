import { defineTool } from '../tool.js';
import type { CheckPayload } from './payload.js';
import type { CheckSources } from './sources.js';

/** `netlearn check`: real clients test the learner's own chat server (or client) and say what to fix. */
export default defineTool<CheckPayload, CheckSources>({
  id: 'check',
  title: (t) => t.check.title,
  hint: (t) => t.check.hint,
  home: { section: 'live', key: 'v' },
  command: {
    name: 'check',
    words: (t) => t.check.command,
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
