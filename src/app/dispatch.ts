import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { closest } from '../core/closest.js';
import { colorEnabled } from '../core/color-policy.js';
import { isInputError } from '../core/input-error.js';
import { langFromEnv, type Lang } from '../core/language.js';
import { describeInputError, loadDictionary, quoted, type Dictionary } from '../i18n/index.js';
import { visible } from '../i18n/visible-text.js';
import { createPaint } from '../output/paint.js';
import { stdoutErrorsClaimed } from '../output/stdout-claim.js';
import { commandHelp, mainHelp, usageWords } from './help.js';
import { commandTools, findCommand, loadWords } from '../tools/index.js';
import type { AnyTool, CommandContext, CommandSpec, CommandWords, OptionSpec } from '../tools/tool.js';
import { globalOptionsFor } from './global-options.js';
import { langFlag, resolveLang } from './resolve-lang.js';
import { resolveTheme, UsageError } from './usage-error.js';

export interface ProcessIO {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** Sources to hand a tool's command instead of its own, by tool id: tests pass fakes here. */
  sources?: Readonly<Record<string, unknown>>;
}

const version = packageJson.version;

/** Global flags whose value may follow as the next token (`--lang es`, `--theme mono`). */
const globalsWithValue = new Set(['--lang', '--theme']);

/** The index of the command's name: the first token that is neither a flag nor a global flag's value. */
function commandIndex(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') return -1;
    if (globalsWithValue.has(token)) {
      i++;
      continue;
    }
    if (!token.startsWith('-')) return i;
  }
  return -1;
}

const negativeNumber = /^-\d/;

/**
 * `-5` is a (bad) number for the command to judge, not an unknown short flag: after an option
 * that takes a value it becomes that value (`--workers -1` reads as `--workers=-1`), elsewhere a
 * positional.
 */
function protectNegativeNumbers(argv: string[], options: Record<string, OptionSpec>): string[] {
  if (argv.includes('--')) return argv;
  const args: string[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const next = argv[i + 1];
    if (
      token.startsWith('--') &&
      options[token.slice(2)]?.type === 'string' &&
      next !== undefined &&
      negativeNumber.test(next)
    ) {
      args.push(`${token}=${next}`);
      i++;
    } else if (negativeNumber.test(token)) numbers.push(token);
    else args.push(token);
  }
  return numbers.length ? [...args, '--', ...numbers] : args;
}

function parse(argv: string[], spec: CommandSpec | undefined) {
  const options = { ...globalOptionsFor(spec?.options), ...spec?.options };
  const label = spec ? `netlearn ${spec.name}` : 'netlearn';
  try {
    return parseArgs({ args: protectNegativeNumbers(argv, options), options, strict: true, allowPositionals: true });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const suggestion = closest(option.replace(/^-+/, ''), Object.keys(options));
      throw new UsageError((t) =>
        t.cli.errors.unknownOption({ option: quoted(option, t), command: label, suggestion }),
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const takesValue = options[option.replace(/^-+/, '')]?.type === 'string';
      throw new UsageError((t) =>
        takesValue
          ? t.cli.errors.missingValue({ option: quoted(option, t) })
          : t.cli.errors.unexpectedValue({ option: quoted(option, t) }),
      );
    }
    throw error;
  }
}

/** Runs one command line and returns its exit code. Never throws: every failure becomes a message. */
export async function dispatch(argv: string[], io: ProcessIO): Promise<number> {
  // Until --lang is read, errors speak the environment's language.
  let lang = langFromEnv(io.env);
  try {
    lang = resolveLang(argv, io.env);
    const index = commandIndex(argv);
    const name = index === -1 ? undefined : argv[index]!;
    const rest = index === -1 ? argv : [...argv.slice(0, index), ...argv.slice(index + 1)];
    const color = colorEnabled({
      isTTY: Boolean(io.stdout.isTTY),
      noColorFlag: argv.includes('--no-color'),
      env: io.env,
    });
    const paint = createPaint(color);
    // Our policy decides for Ink's chalk too, which ignores NO_COLOR and goes grey whenever CI is set
    // (even CI=false). FORCE_COLOR is the switch it reads; it must be set before Ink loads. Level 1
    // suffices: the theme uses the 16 basic colours only.
    if (!color) io.env.FORCE_COLOR = '0';
    else io.env.FORCE_COLOR ??= '1';

    if (name === 'help') {
      const { positionals } = parse(rest, undefined);
      const t = await loadDictionary(lang);
      const topic = positionals[0];
      if (topic === undefined) return print(io.stdout, mainHelp(t, await allCommandWords(lang), paint, version));
      const found = findCommand(topic);
      if (!found)
        throw new UsageError((t) =>
          t.cli.errors.unknownHelpTopic({ name: quoted(topic, t), suggestion: closest(topic, commandNames()) }),
        );
      return print(io.stdout, commandHelp(found.command, await helpWords(found.tool, lang), t, paint));
    }

    const found = name === undefined ? undefined : findCommand(name);
    if (name !== undefined && !found) {
      throw new UsageError((t) =>
        t.cli.errors.unknownCommand({ name: quoted(name, t), suggestion: closest(name, commandNames()) }),
      );
    }
    const spec = found?.command;
    const { values, positionals } = parse(rest, spec);
    if (values.version) return print(io.stdout, `${version}\n`);
    const [t, words] = await Promise.all([loadDictionary(lang), found ? loadWords(found.tool, lang) : undefined]);
    if (values.help) {
      const help = spec
        ? commandHelp(spec, words!.help!, t, paint)
        : mainHelp(t, await allCommandWords(lang), paint, version);
      return print(io.stdout, help);
    }

    const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY);
    const theme = resolveTheme(values.theme as string | undefined);
    // Ink's own switch turns the mode on too, so a reader's setting works for every Ink app alike.
    const screenReader = Boolean(values['screen-reader']) || io.env.INK_SCREEN_READER === 'true';
    const openScreen = async (tool: AnyTool | undefined, payload?: unknown) => {
      const { runTui } = await import('./run-tui.js');
      const langExplicit = langFlag(argv) !== undefined;
      await runTui({
        lang,
        screen: tool?.id ?? 'home',
        payload,
        stdin: io.stdin,
        stdout: io.stdout,
        langExplicit,
        theme,
        screenReader,
      });
    };

    if (!found || !spec) {
      if (!interactive) return print(io.stdout, mainHelp(t, await allCommandWords(lang), paint, version));
      await openScreen(undefined);
      return 0;
    }

    if (positionals.length < spec.minArgs) {
      throw new UsageError((t) =>
        t.cli.errors.missingArgument({ command: `netlearn ${spec.name}`, operands: usageWords(spec.operands, t) }),
      );
    }
    if (positionals.length > spec.maxArgs) {
      throw new UsageError((t) =>
        t.cli.errors.tooManyArguments({
          command: `netlearn ${spec.name}`,
          extra: quoted(positionals[spec.maxArgs]!, t),
        }),
      );
    }

    const [command, sources] = await Promise.all([spec.load(), io.sources?.[found.tool.id] ?? loadSources(found.tool)]);
    const context: CommandContext = {
      args: positionals,
      // parseArgs checked them against the options the entry declares, which is what Flags says.
      flags: values as CommandContext['flags'],
      lang,
      t,
      words: words!,
      sources,
      json: Boolean(values.json),
      paint,
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: io.stderr,
      env: io.env,
      interactive,
      openScreen: (payload) => openScreen(found.tool, payload),
    };
    return (await command.default(context)) ?? 0;
  } catch (error) {
    return report(error, await loadDictionary(lang), io);
  }
}

/**
 * What a stdout error means, for every command: a reader that left early (`netlearn subnet
 * 10.0.0.0/8 --split /28 | head`) is no error, exit 0; anything else (`> /dev/full`, a disk that
 * filled) is one line on stderr and exit 1, never a stack trace. A command that claimed its
 * stdout's errors (serve keeps serving when its log's reader leaves) decides for itself.
 */
export function guardStdout(argv: string[], io: ProcessIO, exit: (code: number) => void): void {
  let failed = false;
  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (failed || stdoutErrorsClaimed(io.stdout)) return;
    failed = true;
    if (error.code === 'EPIPE') return exit(0);
    let lang = langFromEnv(io.env);
    try {
      lang = resolveLang(argv, io.env);
    } catch {
      // a bad --lang is reported by the command line itself; this message speaks the environment's
    }
    void loadDictionary(lang).then((t) => {
      io.stderr.write(`${t.cli.prefix} ${t.cli.errors.stdoutFailed({ reason: error.code ?? error.message })}\n`);
      exit(1);
    });
  });
}

async function loadSources(tool: AnyTool): Promise<unknown> {
  return tool.sources ? (await tool.sources()).default : undefined;
}

/** A command's help words: its tool's, in the user's language. */
async function helpWords(tool: AnyTool, lang: Lang): Promise<CommandWords> {
  return (await loadWords(tool, lang)).help!;
}

/** Every command's help words, for the main help's table. */
async function allCommandWords(lang: Lang): Promise<Map<string, CommandWords>> {
  const found = commandTools().map(async ({ tool, command }) => [command.name, await helpWords(tool, lang)] as const);
  return new Map(await Promise.all(found));
}

function commandNames(): string[] {
  return commandTools().map(({ command }) => command.name);
}

function print(stream: NodeJS.WritableStream, text: string): number {
  stream.write(text);
  return 0;
}

function report(error: unknown, t: Dictionary, io: ProcessIO): number {
  const prefix = t.cli.prefix;
  if (error instanceof UsageError) {
    io.stderr.write(`${prefix} ${error.describe(t)}\n`);
    return 2;
  }
  if (isInputError(error)) {
    io.stderr.write(`${prefix} ${describeInputError(error, t)}\n`);
    return 2;
  }
  // An OS message may quote what was typed (getaddrinfo's host): made visible like any echo.
  const message = visible(error instanceof Error ? error.message : String(error));
  io.stderr.write(`${prefix} ${t.cli.errors.runtime({ message })}\n${t.cli.errors.runtimeHint}\n`);
  if (io.env.NETLEARN_DEBUG === '1' && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 1;
}
