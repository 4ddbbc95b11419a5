import { InputError } from '../../core/input-error.js';
import { ipv4ScopeBlock } from '../../core/ipv4.js';
import {
  parseSplit,
  splitCidrChunks,
  splitRows,
  subnetRow,
  type SplitPlan,
  type SubnetRow,
} from '../../core/subnet-split.js';
import { formatCidr, parseCidr, subnetModelOf, type AddressInNetwork, type SubnetModel } from '../../core/subnet.js';
import { allocateVlsm, hostListEntries, type VlsmPlan } from '../../core/vlsm.js';
import type { Dictionary } from '../../i18n/index.js';
import { subnetSentence } from './subnet-sentence.js';
import { writeLines } from '../../output/write-lines.js';
import type { Paint } from '../../output/paint.js';
import { proseWidth } from '../../output/prose-width.js';
import { containsModel, formatContains } from './contains-text.js';
import { formatSubnet6, split6Table } from './subnet6-text.js';
import { answerEachLine } from '../line-answers.js';
import { looksLikeIPv6 } from '../../core/ipv6-model.js';
import { parseSplit6, split6CidrChunks, split6Rows } from '../../core/subnet6-split.js';
import { parseCidr6, subnet6ModelOf, type Ipv6InNetwork } from '../../core/subnet6.js';
import type { CommandContext } from '../tool.js';
import type { SubnetTool } from './entry.js';
import { splitRowColumns } from './split-row.js';
import type { SubnetWords } from './words.en.js';
import { answerLabNetwork } from './lab-command.js';
import { answerStep, stepsAsked, twoPrefixesEqual, withNameResolved } from './route.js';
import { split6Total, splitTotal, vlsmTotal } from './totals.js';

/** The split of the 32 bits, the mask and wildcard in bits and decimal, the ranges, the sentence. */
function formatSubnet(
  parsed: AddressInNetwork,
  model: SubnetModel,
  words: SubnetWords,
  t: Dictionary,
  paint: Paint,
): string {
  const { prefix, networkBits, hostBits } = model;
  const labels = words.labels;
  const labelWidth = Math.max(...Object.values(labels).map((text) => text.length)) + 2;
  const label = (text: string) => paint.gray(text.padEnd(labelWidth));
  // The mask is ones under the network bits and zeros under the host bits; the wildcard the reverse.
  const all = (bits: string, bit: string) => bits.replace(/[01]/g, bit);
  const bitRows: [string, string, string, string][] = [
    [labels.address, networkBits, hostBits, model.address],
    [labels.mask, all(networkBits, '1'), all(hostBits, '0'), model.mask],
    [labels.wildcard, all(networkBits, '0'), all(hostBits, '1'), model.wildcard],
  ];
  const netWidth = Math.max(networkBits.length, labels.networkPart.length);
  const hostWidth = Math.max(hostBits.length, labels.hostPart.length);
  const lines = [paint.bold(`${model.address}/${prefix}`), ''];
  lines.push(
    `${' '.repeat(labelWidth)}${paint.cyan(labels.networkPart.padEnd(netWidth))}   ${paint.magenta(labels.hostPart.padEnd(hostWidth))}`,
  );
  for (const [name, network, host, decimal] of bitRows) {
    const cells = `${paint.cyan(network.padEnd(netWidth))} ${paint.yellow('|')} ${paint.magenta(host.padEnd(hostWidth))}`;
    lines.push(`${label(name)}${cells}   ${decimal}`);
  }
  lines.push('');
  const block = ipv4ScopeBlock(parsed.address);
  const rows: [string, string][] = [
    [labels.network, `${model.network}/${prefix}`],
    [labels.broadcast, model.broadcast],
    [labels.firstHost, model.firstHost],
    [labels.lastHost, model.lastHost],
    [labels.addresses, String(model.addresses)],
    [labels.hosts, String(model.hosts)],
    [labels.scope, `${t.ip.scopes[model.scope]}${block ? ` (${block.cidr}, ${block.rfc})` : ''}`],
  ];
  for (const [name, value] of rows) lines.push(`${label(name)}${value}`);
  lines.push('', subnetSentence(parsed, words));
  return `${lines.join('\n')}\n`;
}

function rowJson(row: SubnetRow, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...row, ...extra });
}

/** A split as text for a person: CIDR, host range and count, aligned. */
function* splitTable(plan: SplitPlan, words: SubnetWords, paint: Paint): Generator<string> {
  yield paint.bold(
    words.split.header({
      count: plan.count,
      prefix: plan.prefix,
      cidr: formatCidr(plan.network, plan.parentPrefix),
    }),
  );
  for (const row of splitRows(plan)) {
    const { cidr, range, hosts } = splitRowColumns(row, words);
    yield `${paint.cyan(cidr)} ${range} ${paint.gray(hosts)}`;
  }
  const total = splitTotal(plan);
  yield paint.bold(
    words.steps.total.split({
      count: String(total.count),
      prefix: total.prefix,
      hosts: String(total.hosts),
      addresses: String(total.addresses),
    }),
  );
}

async function listSplit(
  context: CommandContext<SubnetTool>,
  parsed: AddressInNetwork,
  splitText: string,
): Promise<number> {
  const { stdout, stderr, words, paint, json } = context;
  const plan = parseSplit(splitText, parsed);
  if (plan.requested !== undefined && plan.requested !== plan.count) {
    stderr.write(
      `${words.split.notPowerOfTwo({ requested: plan.requested, count: plan.count, prefix: plan.prefix })}\n`,
    );
  }
  if (json) {
    await writeLines(
      stdout,
      (function* () {
        for (const row of splitRows(plan)) yield rowJson(row);
        yield JSON.stringify({ type: 'total', ...splitTotal(plan) });
      })(),
    );
  } else if (stdout.isTTY) {
    await writeLines(stdout, splitTable(plan, words, paint));
  } else {
    // Each chunk already holds many lines; writeLines adds the newline after the last one.
    await writeLines(stdout, splitCidrChunks(plan));
  }
  return 0;
}

function vlsmLines(plan: VlsmPlan, parsed: AddressInNetwork, words: SubnetWords, paint: Paint): string[] {
  const lines = [paint.bold(words.vlsm.header({ cidr: formatCidr(parsed.network, parsed.prefix) }))];
  for (const allocation of plan.allocations) {
    const { cidr, range, hosts } = splitRowColumns(subnetRow(allocation.network, allocation.prefix), words);
    const wanted = words.vlsm.wanted({ wanted: allocation.wanted }).padEnd(14);
    lines.push(`${paint.cyan(cidr)} ${wanted} ${range} ${paint.gray(hosts)}`);
  }
  if (plan.unused.length === 0) lines.push(paint.gray(words.vlsm.noneUnused));
  for (const block of plan.unused) {
    const row = subnetRow(block.network, block.prefix);
    lines.push(
      `${paint.gray(row.cidr.padEnd(18))} ${paint.gray(words.vlsm.unused.padEnd(14))} ${row.firstHost} - ${row.lastHost}`,
    );
  }
  lines.push(paint.bold(words.steps.total.vlsm(vlsmTotal(plan, parsed.prefix))));
  lines.push(paint.gray(words.vlsm.classicNote));
  return lines;
}

function listVlsm(context: CommandContext<SubnetTool>, parsed: AddressInNetwork, hostsText: string): number {
  const { stdout, words, paint, json } = context;
  const typed = hostListEntries(hostsText);
  const plan = allocateVlsm(parsed, typed.map(Number), typed);
  const lines = json
    ? [
        ...plan.allocations.map((a) => rowJson(subnetRow(a.network, a.prefix), { wanted: a.wanted })),
        ...plan.unused.map((b) => rowJson(subnetRow(b.network, b.prefix), { wanted: null })),
        JSON.stringify({ type: 'total', ...vlsmTotal(plan, parsed.prefix) }),
      ]
    : vlsmLines(plan, parsed, words, paint);
  stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** No argument: this machine's own IPv4 networks, each as the subnet tool sees it. */
function listInterfaces({ stdout, words, sources, paint, json }: CommandContext<SubnetTool>): number {
  const found = sources.interfaces().map((entry) => {
    const parsed = parseCidr(entry.cidr);
    return { entry, parsed, model: subnetModelOf(entry.cidr, parsed) };
  });
  if (json) {
    stdout.write(`${JSON.stringify(found.map(({ entry, model }) => ({ interface: entry.name, ...model })))}\n`);
    return 0;
  }
  if (found.length === 0) {
    stdout.write(`${words.interfaces.none}\n${words.interfaces.hint}\n`);
    return 0;
  }
  const lines = [paint.bold(words.interfaces.heading)];
  const nameWidth = Math.max(...found.map(({ entry }) => entry.name.length));
  for (const { entry, parsed } of found) {
    lines.push(
      `  ${entry.name.padEnd(nameWidth)}  ${paint.cyan(entry.cidr.padEnd(18))} ${entry.netmask.padEnd(15)}  ${subnetSentence(parsed, words)}`,
    );
  }
  lines.push('', paint.gray(words.interfaces.hint));
  stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

async function listSplit6(
  context: CommandContext<SubnetTool>,
  parsed: Ipv6InNetwork,
  splitText: string,
): Promise<number> {
  const { stdout, stderr, words, paint, json } = context;
  const plan = parseSplit6(splitText, parsed);
  if (plan.requested !== undefined && plan.requested !== plan.count) {
    const counts = { requested: plan.requested.toString(), count: plan.count.toString(), prefix: plan.prefix };
    stderr.write(`${words.v6.split.notPowerOfTwo(counts)}\n`);
  }
  if (json) {
    await writeLines(
      stdout,
      (function* () {
        for (const row of split6Rows(plan)) yield JSON.stringify(row);
        yield JSON.stringify({ type: 'total', ...split6Total(plan) });
      })(),
    );
  } else if (stdout.isTTY) {
    await writeLines(
      stdout,
      (function* () {
        yield* split6Table(plan, words, paint);
        yield paint.bold(words.steps.total.split6(split6Total(plan)));
      })(),
    );
  } else await writeLines(stdout, split6CidrChunks(plan));
  return 0;
}

/** One network of either family in full, as text or one line of JSON (also each line of `subnet -`). */
function describe(
  input: string,
  { json, words, t, paint, stdout }: CommandContext<SubnetTool>,
  maskText?: string,
): string {
  if (looksLikeIPv6(input)) {
    const parsed = parseCidr6(maskText === undefined ? input : `${input} ${maskText}`);
    const model = subnet6ModelOf(maskText === undefined ? input : `${input} ${maskText}`, parsed);
    return json ? `${JSON.stringify(model)}\n` : formatSubnet6(parsed, model, words, t, paint, proseWidth(stdout));
  }
  const parsed = parseCidr(input, maskText);
  const model = subnetModelOf(maskText === undefined ? input : `${input} ${maskText}`, parsed);
  return json ? `${JSON.stringify(model)}\n` : formatSubnet(parsed, model, words, t, paint);
}

/**
 * `netlearn subnet <cidr | ip mask | -> [--split /P | --split N | --hosts a,b,c | --contains x |
 * --supernet [/P] | --exclude c | --next N]`, or `--random-private /P | --random-ula /P`.
 */
export default async function run(context: CommandContext<SubnetTool>): Promise<number> {
  const { args, flags, json, stdout, words, paint } = context;
  const { split, hosts, contains } = flags;
  if (flags['random-private'] !== undefined || flags['random-ula'] !== undefined) return answerLabNetwork(context);
  if (flags.seed !== undefined || flags.for !== undefined)
    throw new InputError('lab-seed-without-random', { part: flags.seed !== undefined ? '--seed' : '--for' });
  if (split !== undefined && hosts !== undefined) throw new InputError('subnet-split-and-hosts', {});
  const asked = stepsAsked(context);
  if (asked.length > 1) throw new InputError('subnet-verbs-conflict', { part: asked.join(' ') });
  if (args.length === 0) {
    if (asked.length > 0) throw new InputError('subnet-empty', {});
    return listInterfaces(context);
  }
  if (args[0] === '-') return answerEachLine(context, (text) => describe(text, context));
  const named = await withNameResolved(context);
  if (named !== context) return run(named);
  const step = answerStep(context);
  if (step !== undefined) return step;
  if (contains !== undefined) {
    const model = containsModel(args.join(' '), contains);
    stdout.write(json ? `${JSON.stringify(model)}\n` : formatContains(model, words, paint));
    return 0;
  }
  if (looksLikeIPv6(args[0]!)) {
    if (hosts !== undefined) throw new InputError('subnet6-hosts', {});
    if (split !== undefined) return listSplit6(context, parseCidr6(args.join(' ')), split);
  } else {
    const parsed = parseCidr(args[0]!, args[1]);
    if (split !== undefined) return listSplit(context, parsed, split);
    if (hosts !== undefined) return listVlsm(context, parsed, hosts);
  }
  stdout.write(describe(args[0]!, context, twoPrefixesEqual(args) ? undefined : args[1]));
  return 0;
}
