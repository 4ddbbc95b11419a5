import { eui64OfMac, linkLocalOfMac, solicitedNodeOf } from '../../core/eui64.js';
import { formatIPv6 } from '../../core/ipv6.js';
import type { Paint } from '../../output/paint.js';
import type { IpWords } from './words.en.js';

/** A MAC's EUI-64 model, as `netlearn ip <mac> --json` prints it. */
export function macModel(input: string) {
  const eui = eui64OfMac(input);
  const linkLocal = linkLocalOfMac(eui);
  return {
    input,
    family: 'MAC' as const,
    ...eui,
    linkLocal: formatIPv6(linkLocal),
    solicitedNode: formatIPv6(solicitedNodeOf(linkLocal)),
  };
}

/** The first byte's bits with the U/L bit (the 7th, worth 2) marked, coloured when colour is on. */
function byteBits(byte: number, paint: Paint, flipped: boolean): string {
  return [...byte.toString(2).padStart(8, '0')]
    .map((bit, i) => (i === 6 ? (flipped ? paint.yellow(`[${bit}]`) : paint.cyan(`[${bit}]`)) : ` ${bit} `))
    .join('');
}

/** `netlearn ip 00:23:ae:a4:8c:a9`: the U/L bit before and after, the interface id, the link-local address. */
export function formatMac(model: ReturnType<typeof macModel>, words: IpWords, paint: Paint): string {
  const text = words.mac;
  const macByte = Number.parseInt(model.mac.slice(0, 2), 16);
  const idByte = macByte ^ 2;
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const names = [text.firstByte, text.idByte, text.interfaceId, text.linkLocal, words.v6.idLabels.solicited];
  const width = Math.max(...names.map((name) => name.length)) + 2;
  const label = (name: string) => paint.gray(name.padEnd(width));
  const lines = [paint.bold(text.title({ mac: model.mac })), ''];
  lines.push(
    `${label(text.firstByte)}${byteBits(macByte, paint, false)}  = ${hex(macByte)}   ${model.macLocalBit ? text.local : text.universal}`,
  );
  lines.push(paint.gray(text.flipped));
  lines.push(`${label(text.idByte)}${byteBits(idByte, paint, true)}  = ${hex(idByte)}`, '');
  lines.push(`${label(text.interfaceId)}${model.interfaceId}`);
  lines.push(`${label(text.linkLocal)}${paint.cyan(model.linkLocal)}`);
  lines.push(`${label(words.v6.idLabels.solicited)}${model.solicitedNode}`);
  return `${lines.join('\n')}\n`;
}
