import { looksLikeHostName } from '../../core/name-answer.js';
import type { CommandContext } from '../tool.js';
import { resolveTypedName } from '../typed-name.js';
import type { SubnetTool } from './entry.js';
import { answerExclude, answerNext, answerSupernet, longerSecondPrefix, typedNetwork } from './steps-command.js';

/** Which of subnet's answers the flags ask for, and the names and prefixes it reads before any. */

/** The network-step flags given, by name: at most one may be. */
export function stepsAsked({ flags }: CommandContext<SubnetTool>): string[] {
  const named = {
    split: flags.split,
    hosts: flags.hosts,
    contains: flags.contains,
    exclude: flags.exclude,
    next: flags.next,
  };
  return [
    ...Object.entries(named).flatMap(([name, value]) => (value === undefined ? [] : [`--${name}`])),
    ...(flags.supernet ? ['--supernet'] : []),
  ];
}

/** `--supernet`, `--exclude`, `--next`, and `<cidr> /P` written Perl ipcalc's way; undefined when none. */
export function answerStep(context: CommandContext<SubnetTool>): Promise<number> | number | undefined {
  const { args, flags } = context;
  const twoPrefixes = twoPrefixesEqual(args) && stepsAsked(context).length === 0;
  if (!flags.supernet && flags.exclude === undefined && flags.next === undefined && !twoPrefixes) return undefined;
  const typed = typedNetwork(args);
  if (flags.exclude !== undefined) return answerExclude(context, typed, flags.exclude);
  if (flags.next !== undefined) return answerNext(context, typed, flags.next);
  const { secondPrefix } = typed;
  if (flags.supernet || (secondPrefix !== undefined && secondPrefix < typed.block.prefix))
    return answerSupernet(context, typed, secondPrefix === undefined ? undefined : `/${secondPrefix}`);
  if (secondPrefix !== undefined && secondPrefix > typed.block.prefix) longerSecondPrefix(typed, args[1]!);
  return undefined;
}

/**
 * `subnet example.lan/24`: a host name where the address goes is resolved (an IPv6 answer when the
 * prefix is over 32), said on stderr so a piped list stays clean, and the command runs again on it.
 */
export async function withNameResolved(context: CommandContext<SubnetTool>): Promise<CommandContext<SubnetTool>> {
  const [first, ...rest] = context.args;
  const slash = first!.search(/[/\s]/);
  const name = slash === -1 ? first! : first!.slice(0, slash);
  if (!looksLikeHostName(name)) return context;
  const prefix = slash === -1 ? '' : first!.slice(slash);
  const family = Number(prefix.replace(/^[/\s]+/, '')) > 32 ? 'IPv6' : 'IPv4';
  const { address, note } = await resolveTypedName(name, context.sources.resolve, context.t, family);
  context.stderr.write(`${note.join(' ')}\n`);
  return { ...context, args: [`${address}${prefix}`, ...rest] };
}

/** `A/24 /P`: a prefix after the slash and another one; when both are equal, the network alone is described. */
export function twoPrefixesEqual(args: readonly string[]): boolean {
  return args.length === 2 && args[0]!.includes('/');
}
