import type { DrillTopic } from '../../core/drill/drill-questions.js';
import { defineTool } from '../tool.js';
import type { DrillSources } from './sources.js';
import type { DrillWords } from './words.en.js';

/** What `netlearn drill <topic>` hands the screen: the drill to start and its length. */
export interface DrillPayload {
  topic?: DrillTopic;
  minutes?: number;
}

/** The types the drill's command, screen, sources and words agree on. */
export interface DrillTool {
  payload: DrillPayload;
  sources: DrillSources;
  words: DrillWords;
  options: typeof options;
}

const options = { minutes: { type: 'string' } } as const;

/** Timed drills over Practice's questions; opened from Practice with d. */
export default defineTool<DrillTool>({
  id: 'drill',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  command: {
    name: 'drill',
    operands: '<binary|hex|subnet|port>',
    minArgs: 1,
    maxArgs: 1,
    options,
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
  prose: true,
});
