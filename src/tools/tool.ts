import type { ComponentType } from 'react';
import type { Lang } from '../core/language.js';
import type { Dictionary } from '../i18n/index.js';
import type { Paint } from '../output/paint.js';

/** Everything a command needs from the outside world, handed in so tests can fake any of it. */
export interface CommandContext<Payload = unknown> {
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
  /**
   * Opens the TUI on this tool's own screen, handing it `payload` (loads Ink on demand); resolves
   * when the user leaves the app.
   */
  openScreen(payload?: Payload): Promise<void>;
}

/** Exit code, or nothing for 0. */
export type CommandResult = number | void;

export interface CommandModule<Payload = undefined> {
  default: (context: CommandContext<Payload>) => Promise<CommandResult> | CommandResult;
}

/** An option as `util.parseArgs` takes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

/** What `--help` says of a command, in the user's language. */
export interface CommandWords {
  summary: string;
  /** One line per option, by the option's name. */
  options: Readonly<Record<string, string>>;
  examples: readonly string[];
  details?: string;
}

/** A subcommand's line in the command-line contract. */
export interface CommandSpec<Payload = undefined> {
  name: string;
  words: (t: Dictionary) => CommandWords;
  /** Positional arguments as the help shows them, e.g. `<address>` or `[host]`. */
  operands: string;
  /** How many positionals it takes. */
  minArgs: number;
  maxArgs: number;
  options: Record<string, OptionSpec>;
  /** Loads the command's code only when it runs, so one command never pays for another. */
  load: () => Promise<CommandModule<Payload>>;
}

/** What a screen is handed: what its command (or another screen) opened it with, and its sources. */
export interface ScreenProps<Payload = undefined, Sources = undefined> {
  /** Set when a command or another screen opened this one with something to show. */
  payload?: Payload;
  /** The only way the screen touches the machine; tests hand in fakes. */
  sources: Sources;
}

/** The home menu's groups, in the order they are shown. */
export const homeSections = ['learn', 'tools', 'live', 'practice'] as const;
export type HomeSection = (typeof homeSections)[number];

/** One tool: everything the command line, the app shell and the lessons need to know of it. */
export interface Tool<Payload = undefined, Sources = undefined> {
  /** The screen's id; a lesson's `tool:` names it. */
  id: string;
  /** The name the header and the home menu show. */
  title: (t: Dictionary) => string;
  /** One line under the home menu about the selected entry. */
  hint?: (t: Dictionary) => string;
  /** Where the home menu lists it, and the key that opens it there. */
  home?: { section: HomeSection; key: string };
  command?: CommandSpec<Payload>;
  /** The screen, loaded when it is first opened. */
  screen?: () => Promise<{ default: ComponentType<ScreenProps<Payload, Sources>> }>;
  /** The screen's sources (sockets, /proc, workers), loaded with it. */
  sources?: () => Promise<{ default: Sources }>;
  /**
   * A screen of mostly prose: on a wide terminal the shell keeps it to a readable measure
   * (`proseMeasure` columns) instead of 138-column lines. Screens that draw pictures leave it off.
   */
  prose?: true;
}

/** The widest a prose screen's lines get, whatever the terminal. */
export const proseMeasure = 100;

/** Any tool, whatever it hands its screen. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTool = Tool<any, any>;

/** Declares a tool; its command, screen and sources must agree on the payload and sources types. */
export function defineTool<Payload = undefined, Sources = undefined>(
  tool: Tool<Payload, Sources>,
): Tool<Payload, Sources> {
  return tool;
}

/** A screen that takes an example to start from (a lesson's "Try it", the host screen's Enter). */
export interface ExamplePayload {
  example?: string;
}
