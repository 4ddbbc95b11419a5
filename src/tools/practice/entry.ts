import { defineTool } from '../tool.js';
import type { PracticePayload } from './payload.js';

/** Generated exercises with spaced repetition; `netlearn quiz` on the command line. */
export default defineTool<PracticePayload>({
  id: 'practice',
  title: (t) => t.ui.home.items.practice,
  hint: (t) => t.ui.home.hints.practice,
  home: { section: 'practice', key: '0' },
  command: {
    name: 'quiz',
    words: (t) => t.commands.quiz,
    operands: '[topic]',
    minArgs: 0,
    maxArgs: 1,
    options: { count: { type: 'string' }, seed: { type: 'string' } },
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  prose: true,
});
