import { defineTool } from '../../tool.js';
import type { ClassPayload } from './payload.js';
import type { ClassSources } from './sources.js';
import type { ClassWords } from './words.en.js';

/** The types the class tool's commands, screen, sources and words agree on. */
export interface ClassTool {
  payload: ClassPayload;
  sources: ClassSources;
  words: ClassWords;
  options: typeof options;
}

const options = {
  roster: { type: 'string' },
  scan: { type: 'string' },
  port: { type: 'string' },
  profile: { type: 'string' },
  parallel: { type: 'string' },
  every: { type: 'string' },
  timeout: { type: 'string' },
  only: { type: 'string' },
  strict: { type: 'boolean' },
  csv: { type: 'boolean' },
  excel: { type: 'boolean' },
  feedback: { type: 'string' },
  exam: { type: 'string' },
  db: { type: 'string' },
} as const;

/**
 * `netlearn class`: a teacher's class. It lives beside `check` because a sweep is `check` run on
 * every student's server, and says what it found in check's own words.
 */
export default defineTool<ClassTool>({
  id: 'class',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'live', key: 'g' },
  command: {
    name: 'class',
    operands: '<init|sweep|history|export|list> [name] [student]',
    minArgs: 0,
    maxArgs: 3,
    options,
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
