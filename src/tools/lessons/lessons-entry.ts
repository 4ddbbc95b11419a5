import { defineTool } from '../tool.js';
import type { LessonsPayload } from './payload.js';

/** The list of lessons with their done marks. */
export default defineTool<LessonsPayload>({
  id: 'lessons',
  title: (t) => t.ui.home.items.lessons,
  hint: (t) => t.ui.home.hints.lessons,
  home: { section: 'learn', key: '1' },
  command: {
    name: 'lessons',
    words: (t) => t.commands.lessons,
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: {},
    load: () => import('./lessons-command.js'),
  },
  screen: () => import('./lessons-screen.js'),
  prose: true,
});
