import { defineTool } from '../tool.js';
import type { LessonsPayload } from './payload.js';
import type { LessonSources } from './sources.js';
import type { LessonsWords } from './lessons-words.en.js';

/** The types the lessons list's command, screen and words agree on. */
export interface LessonsTool {
  payload: LessonsPayload;
  sources: LessonSources;
  words: LessonsWords;
}

/** The list of lessons with their done marks. */
export default defineTool<LessonsTool>({
  id: 'lessons',
  words: { en: () => import('./lessons-words.en.js'), es: () => import('./lessons-words.es.js') },
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
  sources: () => import('./sources.js'),
  prose: true,
});
