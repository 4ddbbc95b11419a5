import { defineTool } from '../tool.js';
import type { DemoPayload } from './payload.js';
import type { DemoSources } from './sources.js';
import type { DemoWords } from './words.en.js';

/** The types the demo's command, screen, sources and words agree on. */
export interface DemoTool {
  payload: DemoPayload;
  sources: DemoSources;
  words: DemoWords;
  options: typeof options;
}

const options = { clients: { type: 'string' }, family: { type: 'string' }, port: { type: 'string' } } as const;

/** The live demo: a real server, clients added with a key, every connection's tuples. */
export default defineTool<DemoTool>({
  id: 'demo',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'live', key: '9' },
  command: { name: 'demo', operands: '', minArgs: 0, maxArgs: 0, options, load: () => import('./command.js') },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
