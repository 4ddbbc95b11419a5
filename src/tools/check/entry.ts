import { defineTool } from '../tool.js';
import type { CheckPayload } from './payload.js';
import type { CheckSources } from './sources.js';
import type { CheckWords } from './words.en.js';

/** The types the check tool's command, screen, sources and words agree on. */
export interface CheckTool {
  payload: CheckPayload;
  sources: CheckSources;
  words: CheckWords;
  options: typeof options;
}

const options = {
  port: { type: 'string' },
  only: { type: 'string' },
  strict: { type: 'boolean' },
  timeout: { type: 'string' },
  client: { type: 'boolean' },
  profile: { type: 'string' },
} as const;

/** `netlearn check`: real clients test the learner's own chat server (or client) and say what to fix. */
export default defineTool<CheckTool>({
  id: 'check',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'live', key: 'v' },
  command: { name: 'check', operands: '[host]', minArgs: 0, maxArgs: 1, options, load: () => import('./command.js') },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
