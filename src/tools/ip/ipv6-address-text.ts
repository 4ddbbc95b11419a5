import { ipv6Compression, type Ipv6Model } from '../../core/ipv6-model.js';
import type { Dictionary } from '../../i18n/index.js';
import type { IpWords } from './words.en.js';
import type { Paint } from '../../output/paint.js';
import { proseLines } from '../../output/prose-width.js';

/** A group's 16 bits in four nibbles, each under the hex digit it spells. */
function nibbles(bits: string): string {
  return bits.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The compression steps, each value on its own line so 39 characters fit any width. */
function compressionLines(model: Ipv6Model, text: IpWords['v6'], paint: Paint): string[] {
  const steps = ipv6Compression(model);
  const words = text.steps;
  const value = (text: string) => `   ${paint.cyan(text)}`;
  const lines = [paint.bold(text.labels.compression)];
  lines.push(words.full, value(steps.expanded), words.trimmed, value(steps.trimmed));
  if (steps.mapped) {
    lines.push(words.mapped, value(steps.canonical));
    return lines;
  }
  lines.push(steps.run ? words.run(steps.run) : words.noRun, value(steps.canonical));
  if (steps.tiedRuns > 1) lines.push(paint.gray(words.tied));
  if (steps.loneZero) lines.push(paint.gray(words.loneZero));
  if (/[A-F]/.test(model.input)) lines.push(paint.gray(words.lowercase));
  return lines;
}

/** `netlearn ip <ipv6>` as text: groups in hex and binary, the integer, the kind, the steps. */
export function formatIpv6(model: Ipv6Model, words: IpWords, t: Dictionary, paint: Paint, width?: number): string {
  const labels = words.v6.labels;
  const labelWidth = Math.max(...Object.values(labels).map((text) => (text.length > 14 ? 0 : text.length))) + 2;
  const label = (text: string) => paint.gray(text.padEnd(labelWidth));
  const lines: string[] = [paint.bold(model.zone === null ? model.address : `${model.address}%${model.zone}`), ''];
  lines.push(`${label(labels.canonical)}${model.address}`);
  lines.push(`${label(labels.expanded)}${model.expanded}`);
  model.hextets.forEach((hex, index) => {
    const name = index === 0 ? labels.groups : '';
    const bits = [...nibbles(model.hextetsBinary[index]!)]
      .map((bit) => (bit === '1' ? paint.cyan(bit) : bit === '0' ? paint.gray(bit) : bit))
      .join('');
    lines.push(`${label(name)}${String(index + 1).padStart(1)}  ${paint.bold(hex)}  ${bits}`);
  });
  lines.push(`${label(labels.integer)}${model.integer}`);
  lines.push(`${label(labels.hex)}${model.hex}`);
  const kind = t.ip.v6.kinds[model.scope];
  const scope = model.multicastScope
    ? `, ${words.v6.scopeOf({ scope: words.v6.multicastScopes[model.multicastScope] })}`
    : '';
  const where = model.block === '' ? model.rfc : `${model.block}, ${model.rfc}`;
  lines.push(`${label(labels.kind)}${paint.bold(kind)}${scope} (${where})`);
  for (const line of proseLines(words.v6.kindHints[model.scope], width && width - labelWidth))
    lines.push(`${' '.repeat(labelWidth)}${paint.gray(line)}`);
  if (model.embeddedIPv4 !== null)
    lines.push(`${label(labels.mapped)}${words.v6.embedded({ kind: model.scope, ipv4: model.embeddedIPv4 })}`);
  lines.push(...interfaceIdLines(model, words, paint, labelWidth, width));
  if (model.zone !== null) {
    const linkLocal = model.scope === 'link-local' || model.multicastScope === 'link-local';
    lines.push(`${label(labels.zone)}${model.zone}: ${words.v6.zoneNote({ zone: model.zone, linkLocal })}`);
  }
  lines.push(paint.gray(labels.reverse), `  ${model.reversePointer}`, '');
  lines.push(...compressionLines(model, words.v6, paint));
  return `${lines.join('\n')}\n`;
}

/** What the address says of who owns it: Teredo's server, the MAC inside an EUI-64 id, the solicited-node group. */
function interfaceIdLines(model: Ipv6Model, words: IpWords, paint: Paint, atLeast: number, width?: number): string[] {
  const labels = words.v6.idLabels;
  const labelWidth = Math.max(atLeast, ...Object.values(labels).map((text) => text.length + 2));
  const label = (text: string) => paint.gray(text.padEnd(labelWidth));
  const indent = ' '.repeat(labelWidth);
  const lines: string[] = [];
  if (model.teredoServer !== null && model.teredoPort !== null)
    lines.push(
      `${label(labels.teredoServer)}${words.v6.teredoServer({ server: model.teredoServer, port: model.teredoPort })}`,
    );
  if (model.eui64Mac !== null) {
    const macByte = model.eui64Mac.slice(0, 2);
    const idByte = (Number.parseInt(macByte, 16) ^ 2).toString(16).padStart(2, '0');
    lines.push(`${label(labels.mac)}${words.v6.eui64({ mac: model.eui64Mac })}`);
    lines.push(`${indent}${paint.gray(words.v6.eui64Flip({ idByte, macByte }))}`);
  }
  if (model.solicitedNode !== null) {
    lines.push(`${label(labels.solicited)}${model.solicitedNode}`);
    for (const line of proseLines(words.v6.solicited, width && width - labelWidth))
      lines.push(`${indent}${paint.gray(line)}`);
  }
  return lines;
}
