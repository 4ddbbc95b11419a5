import { defineTool } from '../tool.js';
import type { PracticePayload } from './payload.js';
import type { PracticeSources } from './sources.js';
import type { PracticeWords } from './words.en.js';

/** The types Practice's command, screen and words agree on. */
export interface PracticeTool {
  payload: PracticePayload;
  sources: PracticeSources;
  words: PracticeWords;
  options: typeof options;
}

const options = { count: { type: 'string' }, seed: { type: 'string' } } as const;

/** Generated exercises with spaced repetition; `netlearn quiz` on the command line. */
export default defineTool<PracticeTool>({
  id: 'practice',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'practice', key: '0' },
  command: {
    name: 'quiz',
    operands: '[topic]',
    minArgs: 0,
    maxArgs: 1,
    options,
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
  prose: true,
});
