import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { LessonsPayload } from './payload.js';

/** The list of lessons with their done marks. */
export default defineTool<LessonsPayload>({
  id: 'lessons',
  words: legacyWords((t) => ({
    title: t.ui.home.items.lessons,
    hint: t.ui.home.hints.lessons,
    help: t.commands.lessons,
  })),
  home: { section: 'learn', key: '1' },
  command: {
    name: 'lessons',
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: {},
    load: () => import('./lessons-command.js'),
  },
  screen: () => import('./lessons-screen.js'),
  prose: true,
});
