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

/** The global flags, less a short letter the command gives a meaning of its own (grep's -v). */
export function globalOptionsFor(own: Readonly<Record<string, OptionSpec>> = {}): Record<string, OptionSpec> {
  const taken = new Set(Object.values(own).map((option) => option.short));
  return Object.fromEntries(
    Object.entries(globalOptions).map(([name, option]) => {
      if (!taken.has(option.short)) return [name, option];
      const { short: _short, ...long } = option;
      return [name, long];
    }),
  );
}
