import { alignRows } from '../../core/display-width.js';
import { hostJson, hostModel, type HostModel } from '../../core/host.js';
import type { Dictionary } from '../../i18n/index.js';
import { interfaceCells } from './interface-cells.js';
import type { Paint } from '../../output/paint.js';
import sources from './sources.js';
import type { CommandContext } from '../tool.js';

/** `netlearn host`: hostname, what localhost resolves to, and every interface with its network. */
export default async function run({ t, json, paint, stdout }: CommandContext): Promise<number> {
  const model = hostModel(await sources.hostFacts());
  stdout.write(json ? `${JSON.stringify(hostJson(model))}\n` : hostText(model, t, paint).join('\n') + '\n');
  return 0;
}

function hostText(model: HostModel, t: Dictionary, paint: Paint): string[] {
  const text = t.host;
  const label = Math.max(text.hostname.length, text.localhost.length);
  const columns = Object.values(text.columns);
  const [header, ...rows] = alignRows([columns, ...interfaceCells(model, t)]);
  return [
    `${paint.bold(text.hostname.padEnd(label))}  ${model.hostname}`,
    `${paint.bold(text.localhost.padEnd(label))}  ${model.localhost.length ? model.localhost.join(', ') : text.localhostNone}  ${paint.dim(`(${text.localhostNote})`)}`,
    '',
    paint.underline(text.interfacesHeading),
    `  ${paint.dim(header!)}`,
    ...rows.map((row, index) => `  ${model.interfaces[index]!.internal ? paint.dim(row) : row}`),
    '',
    paint.dim(text.lesson),
  ];
}
