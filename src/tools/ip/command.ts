import { ipModel, ipv4ScopeBlock, octetSum, placeValues, type IpModel } from '../../core/ipv4.js';
import type { Dictionary } from '../../i18n/index.js';
import type { Paint } from '../../output/paint.js';
import type { CommandContext } from '../tool.js';

/** The converter's text: octets under their place values, then the other forms and the scope. */
function formatIp(model: IpModel, t: Dictionary, paint: Paint): string {
  const label = (text: string) => paint.gray(text.padEnd(10));
  const lines: string[] = [paint.bold(model.address), ''];
  lines.push(`${' '.repeat(5)}${placeValues.map((value) => String(value).padStart(4)).join('')}`);
  model.octets.forEach((octet, index) => {
    const bits = model.octetsBinary[index]!;
    const cells = [...bits].map((bit) => {
      const cell = bit.padStart(4);
      return bit === '1' ? paint.cyan(cell) : paint.gray(cell);
    });
    lines.push(
      `${String(octet).padStart(5)}${cells.join('')}   ${paint.gray(t.ip.sum({ octet, terms: octetSum(octet) }))}`,
    );
  });
  lines.push('');
  lines.push(`${label(t.ip.labels.binary)} ${model.binary}`);
  lines.push(`${label(t.ip.labels.hex)} ${model.hex}`);
  lines.push(`${label(t.ip.labels.integer)} ${model.integer}`);
  const block = ipv4ScopeBlock(model.integer);
  const range = block ? ` (${block.cidr}, ${block.rfc})` : '';
  lines.push(
    `${label(t.ip.labels.scope)} ${paint.bold(t.ip.scopes[model.scope])}${range}: ${t.ip.scopeHints[model.scope]}`,
  );
  return `${lines.join('\n')}\n`;
}

/** `netlearn ip <address>`: one address in every form; JSON with --json. */
export default function run({ args, json, stdout, t, paint }: CommandContext): number {
  const model = ipModel(args[0] ?? '');
  stdout.write(json ? `${JSON.stringify(model)}\n` : formatIp(model, t, paint));
  return 0;
}
