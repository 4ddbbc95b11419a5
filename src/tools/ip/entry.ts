import { defineTool, type ExamplePayload } from '../tool.js';
import type { IpSources } from './sources.js';
import type { IpWords } from './words.en.js';

/** The types the converter's command, screen and words agree on. */
export interface IpTool {
  payload: ExamplePayload;
  sources: IpSources;
  words: IpWords;
}

/** The address-to-binary converter. */
export default defineTool<IpTool>({
  id: 'ip',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  home: { section: 'tools', key: '2' },
  command: {
    name: 'ip',
    operands: '<address> | -',
    minArgs: 1,
    maxArgs: 1,
    options: {},
    load: () => import('./command.js'),
  },
  screen: () => import('./screen.js'),
  sources: () => import('./sources.js'),
});
