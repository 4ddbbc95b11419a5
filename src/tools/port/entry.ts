import { defineTool, type ExamplePayload } from '../tool.js';
import type { PortSources } from './sources.js';
import type { PortWords } from './words.en.js';

/** The types the port tool's command, screen, sources and words agree on. */
export interface PortTool {
  payload: ExamplePayload;
  sources: PortSources;
  words: PortWords;
  options: typeof options;
}

const options = { 'try-bind': { type: 'boolean' } } as const;

/** The port classifier. */
export default defineTool<PortTool>({
  id: 'port',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'tools', key: '4' },
  command: { name: 'port', operands: '<n>', minArgs: 1, maxArgs: 1, options, load: () => import('./command.js') },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
