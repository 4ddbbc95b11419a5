import { defineTool, type ExamplePayload } from '../tool.js';
import type { Utf8Words } from './words.en.js';

/** The types the UTF-8 lab's command, screen and words agree on. */
export interface Utf8Tool {
  payload: ExamplePayload;
  words: Utf8Words;
  options: typeof options;
}

const options = { hex: { type: 'string' } } as const;

/** The UTF-8 inspector. */
export default defineTool<Utf8Tool>({
  id: 'utf8',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'tools', key: '5' },
  command: {
    name: 'utf8',
    operands: '[text]',
    minArgs: 0,
    maxArgs: 1,
    options,
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
});
