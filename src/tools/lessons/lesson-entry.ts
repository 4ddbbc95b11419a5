import { defineTool } from '../tool.js';
import type { LessonPayload } from './payload.js';
import type { LessonSources } from './sources.js';
import type { LessonWords } from './lesson-words.en.js';

/** The types the lesson reader's command, screen and words agree on. */
export interface LessonTool {
  payload: LessonPayload;
  sources: LessonSources;
  words: LessonWords;
}

/** One lesson: the reader in the app, plain text on the command line. */
export default defineTool<LessonTool>({
  id: 'lesson',
  words: { en: () => import('./lesson-words.en.js'), es: () => import('./lesson-words.es.js') },
  command: {
    name: 'lesson',
    operands: '<id>',
    minArgs: 1,
    maxArgs: 1,
    options: {},
    load: () => import('./lesson-command.js'),
  },
  screen: () => import('./reader-screen.js'),
  sources: () => import('./sources.js'),
  prose: true,
});
