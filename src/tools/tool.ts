import type { ComponentType } from 'react';
import type { Lang } from '../core/language.js';
import type { Dictionary } from '../i18n/index.js';
import type { Paint } from '../output/paint.js';

/** An option as `util.parseArgs` takes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

/** A command's options by name, as its registry entry declares them. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The value `util.parseArgs` gives one option. */
type FlagValue<Spec extends OptionSpec> = Spec extends { type: 'boolean' }
  ? Spec extends { multiple: true }
    ? boolean[]
    : boolean
  : Spec extends { multiple: true }
    ? string[]
    : string;

/** The flags every command understands (src/app/global-options.ts). */
export interface GlobalFlags {
  json?: boolean;
  lang?: string;
  'no-color'?: boolean;
  theme?: string;
  'screen-reader'?: boolean;
  help?: boolean;
  version?: boolean;
}

/** Parsed flags, typed from the options a command declares: `--split /24` is `flags.split: string`. */
export type Flags<Options extends OptionSpecs> = GlobalFlags & { [Name in keyof Options]?: FlagValue<Options[Name]> };

/** What `--help` says of a command, in the user's language. */
export interface CommandWords {
  summary: string;
  /** One line per option, by the option's name. */
  options: Readonly<Record<string, string>>;
  examples: readonly string[];
  details?: string;
}

/**
 * What every tool's words hold, beside the sentences of its own: the name the header and the home
 * menu show, the line under the home menu, and its command's `--help`.
 */
export interface ToolWords {
  title: string;
  hint?: string;
  help?: CommandWords;
}

/** Declares a tool's English words; its Spanish file is typed against them. */
export function defineWords<Words extends ToolWords>(words: Words): Words {
  return words;
}

/** A tool's words in each language, each loaded only when that language is spoken. */
export type WordsLoaders<Words extends ToolWords = ToolWords> = Record<Lang, () => Promise<{ default: Words }>>;

/**
 * The types a tool's parts agree on, named once in its entry: what a command hands its screen, what
 * it reads of the machine, its words, and its command's options.
 */
export interface ToolShape {
  payload?: unknown;
  sources?: unknown;
  words: ToolWords;
  options?: OptionSpecs;
}

/** The shape of a tool not yet known: any payload, sources and options. */
export type WideShape = Required<ToolShape>;

export type PayloadOf<Shape extends ToolShape> = Shape extends { payload: infer Payload } ? Payload : undefined;
export type SourcesOf<Shape extends ToolShape> = Shape extends { sources: infer Sources } ? Sources : undefined;
export type OptionsOf<Shape extends ToolShape> = Shape extends { options: infer Options extends OptionSpecs }
  ? Options
  : Record<never, OptionSpec>;

/** Everything a command needs from the outside world, handed in so tests can fake any of it. */
export interface CommandContext<Shape extends ToolShape = WideShape> {
  /** Positional arguments after the command's name. */
  args: string[];
  /** Parsed flags, global ones included, typed from the entry's options. */
  flags: Flags<OptionsOf<Shape>>;
  lang: Lang;
  /** Words every tool shares (the CLI's messages, input errors, socket errors). */
  t: Dictionary;
  /** This tool's own words, in the user's language. */
  words: Shape['words'];
  /** The only way the command touches the machine; tests hand in fakes. */
  sources: SourcesOf<Shape>;
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
  openScreen(payload?: PayloadOf<Shape>): Promise<void>;
}

/** Exit code, or nothing for 0. */
export type CommandResult = number | void;

export interface CommandModule<Shape extends ToolShape = WideShape> {
  default: (context: CommandContext<Shape>) => Promise<CommandResult> | CommandResult;
}

/** A subcommand's line in the command-line contract. */
export interface CommandSpec<Shape extends ToolShape = WideShape> {
  name: string;
  /** Positional arguments as the help shows them, e.g. `<address>` or `[host]`. */
  operands: string;
  /** How many positionals it takes. */
  minArgs: number;
  maxArgs: number;
  options: OptionsOf<Shape>;
  /** Loads the command's code only when it runs, so one command never pays for another. */
  load: () => Promise<CommandModule<Shape>>;
}

/** What a screen is handed: what opened it, its sources and its words in the shell's language. */
export interface ScreenProps<Shape extends ToolShape = WideShape> {
  /** Set when a command or another screen opened this one with something to show. */
  payload?: PayloadOf<Shape>;
  /** The only way the screen touches the machine; tests hand in fakes. */
  sources: SourcesOf<Shape>;
  /** The tool's words in the language the shell speaks now (Tab switches it). */
  words: Shape['words'];
}

/** The home menu's groups, in the order they are shown. */
export const homeSections = ['learn', 'tools', 'live', 'practice'] as const;
export type HomeSection = (typeof homeSections)[number];

/** One tool: everything the command line, the app shell and the lessons need to know of it. */
export interface Tool<Shape extends ToolShape = WideShape> {
  /** The screen's id; a lesson's `tool:` names it. */
  id: string;
  /** Its words (title, hint, help and its own sentences), one file a language beside its code. */
  words: WordsLoaders<Shape['words']>;
  /** Where the home menu lists it, and the key that opens it there. */
  home?: { section: HomeSection; key: string };
  command?: CommandSpec<Shape>;
  /** The screen, loaded when it is first opened. */
  screen?: () => Promise<{ default: ComponentType<ScreenProps<Shape>> }>;
  /** The sources (sockets, /proc, workers) its command and screen read, loaded with them. */
  sources?: () => Promise<{ default: SourcesOf<Shape> }>;
  /**
   * A screen of mostly prose: on a wide terminal the shell keeps it to a readable measure
   * (`proseMeasure` columns) instead of 138-column lines. Screens that draw pictures leave it off.
   */
  prose?: true;
}

/** The widest a prose screen's lines get, whatever the terminal. */
export const proseMeasure = 100;

/** Any tool, whatever its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTool = Tool<any>;

/** Declares a tool; its command, screen, sources and words must agree on the shape. */
export function defineTool<Shape extends ToolShape>(tool: Tool<Shape>): Tool<Shape> {
  return tool;
}

/** A screen that takes an example to start from (a lesson's "Try it", the host screen's Enter). */
export interface ExamplePayload {
  example?: string;
}

/** The lessons list's payload: `resume` reopens the lesson the learner was reading when they left. */
export interface ResumePayload {
  resume?: boolean;
}
