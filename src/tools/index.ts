import type { CommandModule } from './tool.js';

/** An option as `util.parseArgs` takes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments as the help shows them, e.g. `<address>` or `[host]`. */
  operands: string;
  /** How many positionals it takes. */
  minArgs: number;
  maxArgs: number;
  options: Record<string, OptionSpec>;
  /** Loads the command's code only when it runs, so one command never pays for another. */
  load: () => Promise<CommandModule>;
}

/** Flags every command understands. */
export const globalOptions: Record<string, OptionSpec> = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

const stringOption: OptionSpec = { type: 'string' };

/** The command line's contract (DESIGN.md), one entry per subcommand, in the order help lists them. */
export const commands: readonly CommandSpec[] = [
  { name: 'lessons', operands: '', minArgs: 0, maxArgs: 0, options: {}, load: () => import('./lessons/lessons-command.js') },
  { name: 'lesson', operands: '<id>', minArgs: 1, maxArgs: 1, options: {}, load: () => import('./lessons/lesson-command.js') },
  { name: 'ip', operands: '<address>', minArgs: 1, maxArgs: 1, options: {}, load: () => import('./ip/command.js') },
  {
    name: 'subnet',
    operands: '[<cidr> | <ip> <mask>]',
    minArgs: 0,
    maxArgs: 2,
    options: { split: stringOption, hosts: stringOption },
    load: () => import('./subnet/command.js'),
  },
  {
    name: 'port',
    operands: '<n>',
    minArgs: 1,
    maxArgs: 1,
    options: { 'try-bind': { type: 'boolean' } },
    load: () => import('./port/command.js'),
  },
  { name: 'utf8', operands: '[text]', minArgs: 0, maxArgs: 1, options: { hex: stringOption }, load: () => import('./utf8/command.js') },
  { name: 'host', operands: '', minArgs: 0, maxArgs: 0, options: {}, load: () => import('./host/command.js') },
  {
    name: 'threads',
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: { workers: stringOption, increments: stringOption },
    load: () => import('./threads/command.js'),
  },
  { name: 'families', operands: '', minArgs: 0, maxArgs: 0, options: {}, load: () => import('./families/command.js') },
  {
    name: 'demo',
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: { clients: stringOption, family: stringOption, port: stringOption },
    load: () => import('./demo/command.js'),
  },
  {
    name: 'serve',
    operands: '',
    minArgs: 0,
    maxArgs: 0,
    options: { host: stringOption, port: stringOption, 'max-clients': stringOption },
    load: () => import('./chat/serve-command.js'),
  },
  { name: 'connect', operands: '[host]', minArgs: 0, maxArgs: 1, options: { port: stringOption }, load: () => import('./chat/connect-command.js') },
  {
    name: 'quiz',
    operands: '[topic]',
    minArgs: 0,
    maxArgs: 1,
    options: { count: stringOption, seed: stringOption },
    load: () => import('./practice/command.js'),
  },
];

export const commandNames = commands.map((command) => command.name);

export function findCommand(name: string): CommandSpec | undefined {
  return commands.find((command) => command.name === name);
}
