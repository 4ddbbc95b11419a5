import { defineTool } from '../tool.js';
import type { HostsWords } from './words.en.js';

/** The types `netlearn hosts`'s command and words agree on. */
export interface HostsTool {
  words: HostsWords;
  options: typeof options;
}

const options = { step: { type: 'string' }, all: { type: 'boolean' } } as const;

/** `netlearn hosts`: every address of a network or a range, streamed. A plain command. */
export default defineTool<HostsTool>({
  id: 'hosts',
  words: { en: () => import('./words.en.js'), es: () => import('./words.es.js') },
  command: {
    name: 'hosts',
    operands: '<cidr> | <first> <last>',
    minArgs: 1,
    maxArgs: 2,
    options,
    load: () => import('./command.js'),
  },
});
