import { defineTool } from '../tool.js';
import type { LessonPayload } from './payload.js';

/** One lesson: the reader in the app, plain text on the command line. */
export default defineTool<LessonPayload>({
  id: 'lesson',
  title: (t) => t.lessons.reader.title,
  command: {
    name: 'lesson',
    words: (t) => t.commands.lesson,
    operands: '<id>',
    minArgs: 1,
    maxArgs: 1,
    options: {},
    load: () => import('./lesson-command.js'),
  },
  screen: () => import('./reader-screen.js'),
  prose: true,
});
