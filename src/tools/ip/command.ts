import { ipv4ScopeBlock, octetSum, placeValues, type IpModel } from '../../core/ipv4.js';
import { looksLikeMac } from '../../core/eui64.js';
import { InputError, isInputError } from '../../core/input-error.js';
import { formatAddress, parseAnyNetwork } from '../../core/ip-range.js';
import { addressModel } from '../../core/ipv6-model.js';
import { looksLikeHostName } from '../../core/name-answer.js';
import type { Dictionary } from '../../i18n/index.js';
import type { Paint } from '../../output/paint.js';
import { proseWidth } from '../../output/prose-width.js';
import { answerEachLine } from '../line-answers.js';
import { resolveTypedName } from '../typed-name.js';
import type { CommandContext } from '../tool.js';
import { formatIpv6 } from './ipv6-address-text.js';
import { formatMac, macModel } from './mac-text.js';
import type { IpTool } from './entry.js';
import type { IpWords } from './words.en.js';

/** The converter's text: octets under their place values, then the other forms and the scope. */
function formatIp(model: IpModel, words: IpWords, t: Dictionary, paint: Paint): string {
  const label = (text: string) => paint.gray(text.padEnd(12));
  const lines: string[] = [paint.bold(model.address), ''];
  lines.push(`${' '.repeat(5)}${placeValues.map((value) => String(value).padStart(4)).join('')}`);
  model.octets.forEach((octet, index) => {
    const bits = model.octetsBinary[index]!;
    const cells = [...bits].map((bit) => {
      const cell = bit.padStart(4);
      return bit === '1' ? paint.cyan(cell) : paint.gray(cell);
    });
    lines.push(
      `${String(octet).padStart(5)}${cells.join('')}   ${paint.gray(words.sum({ octet, terms: octetSum(octet) }))}`,
    );
  });
  lines.push('');
  lines.push(`${label(words.labels.binary)}${model.binary}`);
  lines.push(`${label(words.labels.hex)}${model.hex}`);
  lines.push(`${label(words.labels.integer)}${model.integer}`);
  const block = ipv4ScopeBlock(model.integer);
  const range = block ? ` (${block.cidr}, ${block.rfc})` : '';
  lines.push(
    `${label(words.labels.scope)}${paint.bold(t.ip.scopes[model.scope])}${range}: ${words.scopeHints[model.scope]}`,
  );
  lines.push(`${label(words.v6.labels.reverse)}${model.reversePointer}`);
  lines.push(`${label(words.v6.labels.class)}${words.v6.class({ klass: model.class })}`);
  return `${lines.join('\n')}\n`;
}

/** One address of either family (or a MAC), as text or one line of JSON. */
function answer(input: string, { json, words, t, paint, stdout }: CommandContext<IpTool>): string {
  if (looksLikeMac(input)) {
    const mac = macModel(input.trim());
    return json ? `${JSON.stringify(mac)}\n` : formatMac(mac, words, paint);
  }
  if (input.includes('/')) refuseNetwork(input);
  const model = addressModel(input);
  if (json) return `${JSON.stringify(model)}\n`;
  return model.family === 'IPv6'
    ? formatIpv6(model, words, t, paint, proseWidth(stdout))
    : formatIp(model, words, t, paint);
}

/** `ip 10.0.0.0/8`: a network, so the subnet command is the one to show (a bad network names its part). */
function refuseNetwork(input: string): never {
  const block = parseAnyNetwork(input);
  const command = `netlearn subnet ${input.trim()}`;
  throw new InputError('ip-is-network', {
    part: input.trim(),
    command,
    address: formatAddress(block.family, block.value),
  });
}

/** A host name typed as an address: the resolver's first answer, said where it came from, then answered. */
async function answerName(name: string, context: CommandContext<IpTool>): Promise<string> {
  const { found, address, note } = await resolveTypedName(name, context.sources.resolve, context.t);
  const out = answer(address, context);
  if (!context.json) return `${note[0]}\n${context.paint.gray(note[1])}\n\n${out}`;
  const hostsFile = found.hostsFile.entries.length > 0 ? found.hostsFile.path : null;
  return `${JSON.stringify({ ...JSON.parse(out), name, addresses: found.addresses, hostsFile })}\n`;
}

/** An address, or a host name when it reads as one and not as an address. */
async function answerAny(input: string, context: CommandContext<IpTool>): Promise<string> {
  try {
    return answer(input, context);
  } catch (error) {
    if (isInputError(error) && looksLikeHostName(input)) return answerName(input.trim(), context);
    throw error;
  }
}

/** `netlearn ip <address | mac | name>`, or `netlearn ip -` for one per line of stdin. */
export default async function run(context: CommandContext<IpTool>): Promise<number> {
  const input = context.args[0] ?? '';
  if (input === '-') {
    let first = true;
    // Text answers are blocks of lines: a blank line between two keeps them apart.
    return answerEachLine(context, (text) => {
      const out = answer(text, context);
      const separated = context.json || first ? out : `\n${out}`;
      first = false;
      return separated;
    });
  }
  context.stdout.write(await answerAny(input, context));
  return 0;
}
