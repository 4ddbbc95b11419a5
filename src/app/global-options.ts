import type { OptionSpec } from '../tools/tool.js';

/** Flags every command understands. */
export const globalOptions: Record<string, OptionSpec> = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  'no-color': { type: 'boolean' },
  theme: { type: 'string' },
  'screen-reader': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};
