import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { PracticePayload } from './payload.js';

/** Generated exercises with spaced repetition; `netlearn quiz` on the command line. */
export default defineTool<PracticePayload>({
  id: 'practice',
  words: legacyWords((t) => ({
    title: t.ui.home.items.practice,
    hint: t.ui.home.hints.practice,
    help: t.commands.quiz,
  })),
  home: { section: 'practice', key: '0' },
  command: {
    name: 'quiz',
    operands: '[topic]',
    minArgs: 0,
    maxArgs: 1,
    options: { count: { type: 'string' }, seed: { type: 'string' } },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  prose: true,
});
