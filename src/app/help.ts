import type { Dictionary } from '../i18n/index.js';
import type { Paint } from '../output/paint.js';
import { commandTools } from '../tools/index.js';
import type { CommandSpec, CommandWords, OptionSpec } from '../tools/tool.js';
import { globalOptions, globalOptionsFor } from './global-options.js';

/** A usage fragment such as `<ip> <mask>` or `[options]` with its words in the user's language. */
export function usageWords(text: string, t: Dictionary): string {
  return text.replace(
    /([<[])([a-z]+)(?=[>\]])/g,
    (_, bracket: string, word: string) => bracket + (t.cli.placeholders[word] ?? word),
  );
}

function optionLabel(name: string, spec: OptionSpec, t: Dictionary): string {
  const short = spec.short ? `-${spec.short}, ` : '';
  return `${short}--${name}${spec.type === 'string' ? usageWords(' <value>', t) : ''}`;
}

/** Two columns, the left padded to its widest entry. */
function table(rows: [string, string][], paint: Paint): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${paint.bold(left.padEnd(width))}  ${right}`);
}

function globalOptionRows(t: Dictionary, options = globalOptions): [string, string][] {
  return Object.entries(options).map(([name, spec]) => [
    optionLabel(name, spec, t),
    t.cli.globalOptions[name as keyof Dictionary['cli']['globalOptions']],
  ]);
}

/** The main help: every command with its summary (`words`, by command name), then the global options. */
export function mainHelp(
  t: Dictionary,
  words: ReadonlyMap<string, CommandWords>,
  paint: Paint,
  version: string,
): string {
  const commandRows = commandTools().map(({ command }): [string, string] => [
    usageWords(`${command.name} ${command.operands}`.trim(), t),
    words.get(command.name)?.summary ?? '',
  ]);
  return [
    `${paint.bold('netlearn')} ${version}: ${t.cli.tagline}`,
    '',
    paint.underline(t.cli.usage),
    '  netlearn',
    usageWords('  netlearn <command> [options]', t),
    `  ${paint.dim(t.cli.noCommandHint)}`,
    '',
    paint.underline(t.cli.commandsHeading),
    ...table(commandRows, paint),
    '',
    paint.underline(t.cli.globalOptionsHeading),
    ...table(globalOptionRows(t), paint),
    '',
    t.cli.helpHint,
    '',
  ].join('\n');
}

export function commandHelp(command: CommandSpec, text: CommandWords, t: Dictionary, paint: Paint): string {
  const optionDocs = text.options;
  const own = Object.entries(command.options).map(([name, spec]): [string, string] => [
    optionLabel(name, spec, t),
    optionDocs[name] ?? '',
  ]);
  const details = text.details ? [text.details, ''] : [];
  return [
    `netlearn ${command.name}: ${text.summary}`,
    '',
    ...details,
    paint.underline(t.cli.usage),
    usageWords(`  netlearn ${command.name} ${command.operands}${own.length ? ' [options]' : ''}`.trimEnd(), t),
    '',
    ...(own.length ? [paint.underline(t.cli.optionsHeading), ...table(own, paint), ''] : []),
    paint.underline(t.cli.globalOptionsHeading),
    ...table(globalOptionRows(t, globalOptionsFor(command.options)), paint),
    '',
    paint.underline(t.cli.examplesHeading),
    ...text.examples.map((example) => `  ${example}`),
    '',
  ].join('\n');
}
