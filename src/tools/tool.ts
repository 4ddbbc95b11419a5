import type { Lang } from '../core/language.js';
import type { Dictionary } from '../i18n/index.js';
import type { Paint } from '../output/paint.js';

/** Everything a command needs from the outside world, handed in so tests can fake any of it. */
export interface CommandContext {
  /** Positional arguments after the command's name. */
  args: string[];
  /** Parsed flags, global ones included. */
  flags: Record<string, string | boolean | (string | boolean)[] | undefined>;
  lang: Lang;
  t: Dictionary;
  json: boolean;
  /** Styles text for stdout; plain when colour is off. */
  paint: Paint;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** True when stdin and stdout are both terminals, so a screen could take over. */
  interactive: boolean;
  /** Opens the TUI on one screen (loads Ink on demand); resolves when the user leaves it. */
  openScreen: (screen: string, params?: Record<string, string>) => Promise<void>;
}

/** Exit code, or nothing for 0. */
export type CommandResult = number | void;

export interface CommandModule {
  default: (context: CommandContext) => Promise<CommandResult> | CommandResult;
}
