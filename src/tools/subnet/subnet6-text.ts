import { expandIPv6, formatIPv6 } from '../../core/ipv6.js';
import { ipv6KindBlock } from '../../core/ipv6-kind.js';
import { split6Rows, type Split6Plan } from '../../core/subnet6-split.js';
import { bitRange6, type Ipv6InNetwork, type Subnet6Model } from '../../core/subnet6.js';
import type { Dictionary } from '../../i18n/index.js';
import type { SubnetWords } from './words.en.js';
import type { Paint } from '../../output/paint.js';
import { proseLines } from '../../output/prose-width.js';

/**
 * The full form cut at the boundary: network groups, `|`, interface groups. A boundary inside a
 * group also shows that group's 16 bits cut at the exact bit.
 */
function boundaryLines(address: bigint, prefix: number, paint: Paint): string[] {
  const groups = expandIPv6(address).split(':');
  const whole = Math.floor(prefix / 16);
  const inside = prefix % 16;
  const net = groups.slice(0, whole).join(':');
  const rest = groups.slice(whole).join(':');
  const cut = inside === 0 ? `${paint.cyan(net)} ${paint.yellow('|')} ${paint.magenta(rest)}` : '';
  if (inside === 0) return [prefix === 0 || prefix === 128 ? paint.cyan(groups.join(':')) : cut];
  const before = groups.slice(0, whole).join(':');
  const after = groups.slice(whole + 1).join(':');
  const bits = bitRange6(address, whole * 16, whole * 16 + 16);
  return [
    `${paint.cyan(before)}${before ? ':' : ''}${paint.yellow(groups[whole]!)}${after ? ':' : ''}${paint.magenta(after)}`,
    `${paint.yellow(groups[whole]!)} = ${paint.cyan(bits.slice(0, inside))} ${paint.yellow('|')} ${paint.magenta(bits.slice(inside))}`,
  ];
}

/** `netlearn subnet <ipv6>/<prefix>` as text. */
export function formatSubnet6(
  parsed: Ipv6InNetwork,
  model: Subnet6Model,
  text: SubnetWords,
  t: Dictionary,
  paint: Paint,
  width?: number,
): string {
  const words = text.v6;
  const labels = words.labels;
  const labelWidth = Math.max(...Object.values(labels).map((text) => text.length)) + 2;
  const label = (text: string) => paint.gray(text.padEnd(labelWidth));
  const indent = ' '.repeat(labelWidth);
  const block = ipv6KindBlock(parsed.address);
  const lines = [paint.bold(`${model.address}/${model.prefix}`), ''];
  lines.push(`${label(labels.network)}${paint.bold(`${model.network}/${model.prefix}`)}`);
  lines.push(`${label(labels.mask)}${model.mask}`);
  lines.push(`${label(labels.firstAddress)}${model.firstAddress}`);
  lines.push(`${label(labels.lastAddress)}${model.lastAddress}`);
  lines.push(`${label(labels.addresses)}${words.count({ power: model.addressesPower, decimal: model.addresses })}`);
  const where = block.cidr === '' ? block.rfc : `${block.cidr}, ${block.rfc}`;
  lines.push(`${label(labels.kind)}${t.ip.v6.kinds[model.scope]} (${where})`);
  lines.push(`${label(labels.reverseZone)}${model.reverseZone}`);
  if (!model.reverseZoneExact) lines.push(`${indent}${paint.gray(words.reverseInexact({ prefix: model.prefix }))}`);
  const group = Math.floor(model.prefix / 16) + 1;
  const boundary = words.boundary({
    prefix: model.prefix,
    hostBits: model.hostBitCount,
    group,
    bitInGroup: model.prefix % 16,
  });
  proseLines(boundary, width && width - indent.length).forEach((line, i) =>
    lines.push(`${i === 0 ? label(labels.boundary) : indent}${line}`),
  );
  for (const line of boundaryLines(parsed.address, model.prefix, paint)) lines.push(`${indent}${line}`);
  lines.push('', ...proseLines(words.noBroadcast, width));
  lines.push(...proseLines(model.prefix === 64 ? words.slaac : words.notSlaac({ prefix: model.prefix }), width));
  return `${lines.join('\n')}\n`;
}

/** An IPv6 split as text for a person: CIDR and last address, aligned. */
export function* split6Table(plan: Split6Plan, words: SubnetWords, paint: Paint): Generator<string> {
  const cidr = `${formatIPv6(plan.network)}/${plan.parentPrefix}`;
  yield paint.bold(words.v6.split.header({ count: plan.count.toString(), prefix: plan.prefix, cidr }));
  for (const row of split6Rows(plan)) {
    yield `${paint.cyan(row.cidr.padEnd(24))} ${paint.gray(`${row.firstAddress} - ${row.lastAddress}`)}`;
  }
}
