import { defineTool, type ExamplePayload } from '../tool.js';
import type { SubnetSources } from './sources.js';
import type { SubnetWords } from './words.en.js';

/** The types the subnet tool's command, screen, sources and words agree on. */
export interface SubnetTool {
  payload: ExamplePayload;
  sources: SubnetSources;
  words: SubnetWords;
  options: typeof options;
}

const options = {
  split: { type: 'string' },
  hosts: { type: 'string' },
  contains: { type: 'string' },
  supernet: { type: 'boolean' },
  exclude: { type: 'string' },
  next: { type: 'string' },
  'random-private': { type: 'string' },
  'random-ula': { type: 'string' },
  seed: { type: 'string' },
  for: { type: 'string' },
} as const;

/** The subnet calculator and splitter. */
export default defineTool<SubnetTool>({
  id: 'subnet',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'tools', key: '3' },
  command: {
    name: 'subnet',
    operands: '[<cidr> | <ip> <mask> | -]',
    minArgs: 0,
    maxArgs: 2,
    options,
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
