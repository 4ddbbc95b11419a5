import { defineTool } from '../tool.js';
import { legacyWords } from '../legacy-words.js';
import type { LessonPayload } from './payload.js';

/** One lesson: the reader in the app, plain text on the command line. */
export default defineTool<LessonPayload>({
  id: 'lesson',
  words: legacyWords((t) => ({ title: t.lessons.reader.title, help: t.commands.lesson })),
  command: {
    name: 'lesson',
    operands: '<id>',
    minArgs: 1,
    maxArgs: 1,
    options: {},
    load: () => import('./lesson-command.js'),
  },
  screen: () => import('./reader-screen.js'),
  prose: true,
});
