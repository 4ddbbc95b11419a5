import { defineTool } from '../tool.js';
import type { HostSources } from './sources.js';
import type { HostWords } from './words.en.js';

/** The types the host tool's command, screen, sources and words agree on. */
export interface HostTool {
  sources: HostSources;
  words: HostWords;
  options: typeof options;
}

const options = {} as const;

/** This machine: hostname, what localhost resolves to, interfaces and masks. */
export default defineTool<HostTool>({
  id: 'host',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'tools', key: '6' },
  command: { name: 'host', operands: '', minArgs: 0, maxArgs: 0, options, load: () => import('./command.js') },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
