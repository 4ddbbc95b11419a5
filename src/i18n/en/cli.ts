import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

const stdinLineTooLong = (p: { line: number; kib: number }) =>
  `line ${p.line} of the input is longer than ${p.kib} KiB, more than anyone types; ` +
  'nothing past it was read. Split it into shorter lines.';

/** The command line's own words: help layout and usage errors. */
const cli = {
  tagline: 'Learn how programs talk over a network: lessons, live tools and real sockets.',
  usage: 'Usage',
  commandsHeading: 'Commands',
  optionsHeading: 'Options',
  globalOptionsHeading: 'Global options',
  examplesHeading: 'Examples',
  noCommandHint: 'Run `netlearn` in a terminal to open the interactive app.',
  helpHint: "Run `netlearn help <command>` for a command's options.",
  globalOptions: {
    json: 'Print machine-readable JSON',
    lang: 'Language of messages: en or es (default: from LANG)',
    'no-color': 'Plain text without colours (also NO_COLOR=1, TERM=dumb)',
    theme: 'Colours of the app: dark, light, high-contrast or mono (remembered)',
    'screen-reader': 'Linear text for a screen reader, no animation (also INK_SCREEN_READER=true)',
    help: 'Show help',
    version: 'Show the version',
  },
  /** After the start of a huge input quoted in a message. */
  cut: (p: { length: number }) => `… (${p.length} characters)`,
  errors: {
    unknownCommand: (p: { name: string; suggestion?: string }) =>
      `unknown command "${p.name}".` +
      (p.suggestion ? ` Did you mean "${p.suggestion}"?` : '') +
      ' Run `netlearn --help` to see every command.',
    unknownOption: (p: { option: string; command: string; suggestion?: string }) =>
      `unknown option "${p.option}" for ${p.command}.` +
      (p.suggestion ? ` Did you mean "--${p.suggestion}"?` : '') +
      ` Run \`${p.command} --help\` to see its options.`,
    missingValue: (p: { option: string }) => `option "${p.option}" needs a value, for example ${p.option}=VALUE.`,
    unexpectedValue: (p: { option: string }) => `option "${p.option}" takes no value; write just ${p.option}.`,
    unsupportedLang: (p: { lang: string; supported: string; suggestion?: string }) =>
      `unsupported language "${p.lang}". Supported: ${p.supported}.` +
      (p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''),
    unknownTheme: (p: { theme: string; supported: string; suggestion?: string }) =>
      `there is no theme "${p.theme}". Themes: ${p.supported}.` +
      (p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''),
    missingArgument: (p: { command: string; operands: string }) =>
      `${p.command} needs ${p.operands}. Example: see \`${p.command} --help\`.`,
    tooManyArguments: (p: { command: string; extra: string }) =>
      `${p.command} got an unexpected argument "${p.extra}". Put text with spaces in quotes.`,
    unknownHelpTopic: (p: { name: string; suggestion?: string }) =>
      `there is no command "${p.name}" to explain.` + (p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''),
    stdinLineTooLong,
    stdoutFailed: (p: { reason: string }) =>
      `could not write the output (${p.reason}): is the disk full, or the output file gone? Nothing more was written.`,
    runtime: (p: { message: string }) => `something went wrong: ${p.message}`,
    runtimeHint: 'Run again with NETLEARN_DEBUG=1 to see the details, and report it if it persists.',
    notInteractive: 'this needs an interactive terminal; run it directly in a terminal, not piped.',
  },
  prefix: 'netlearn: error:',
  /** Words inside <…> and […] in usage lines. */
  placeholders: {
    command: 'command',
    options: 'options',
    value: 'value',
    address: 'address',
    cidr: 'cidr',
    ip: 'ip',
    mask: 'mask',
    n: 'n',
    text: 'text',
    host: 'host',
    topic: 'topic',
    id: 'id',
  } as Record<string, string>,
  inputErrors: {
    'stdin-line-too-long': (d: InputErrorDetails) => stdinLineTooLong({ line: Number(d.line), kib: Number(d.kib) }),
  } satisfies AreaInputErrors,
};

export default cli;
