import { ipv4ScopeBlock, octetSum, placeValues, type IpModel } from '../../core/ipv4.js';
import { addressModel } from '../../core/ipv6-model.js';
import type { Dictionary } from '../../i18n/index.js';
import type { Paint } from '../../output/paint.js';
import { proseWidth } from '../../output/prose-width.js';
import { answerEachLine } from '../line-answers.js';
import type { CommandContext } from '../tool.js';
import { formatIpv6 } from './ipv6-address-text.js';
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

/** One address of either family, as text or one line of JSON. */
function answer(input: string, { json, words, t, paint, stdout }: CommandContext<IpTool>): string {
  const model = addressModel(input);
  if (json) return `${JSON.stringify(model)}\n`;
  return model.family === 'IPv6'
    ? formatIpv6(model, words, t, paint, proseWidth(stdout))
    : formatIp(model, words, t, paint);
}

/** `netlearn ip <address>` (IPv4 or IPv6), or `netlearn ip -` for one address per line of stdin. */
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
  context.stdout.write(answer(input, context));
  return 0;
}
