import { alignRows } from '../../core/display-width.js';
import { hostJson, hostModel, type HostModel } from '../../core/host.js';
import { answeredByHostsFile, type HostsFileFacts } from '../../core/hosts-file.js';
import { interfaceCells } from './interface-cells.js';
import type { Paint } from '../../output/paint.js';
import type { CommandContext } from '../tool.js';
import type { HostTool } from './entry.js';
import type { HostWords } from './words.en.js';

/** `netlearn host`: hostname, what localhost resolves to, and every interface with its network. */
export default async function run({ words, sources, json, paint, stdout }: CommandContext<HostTool>): Promise<number> {
  const [model, hostsFile] = await Promise.all([sources.hostFacts().then(hostModel), sources.hostsFile()]);
  if (json) {
    const { path, readable, localhost } = hostsFile;
    const answered = answeredByHostsFile(model.localhost, hostsFile);
    stdout.write(`${JSON.stringify({ ...hostJson(model), hostsFile: { path, readable, localhost, answered } })}\n`);
  } else stdout.write(hostText(model, hostsFile, words, paint).join('\n') + '\n');
  return 0;
}

/** Where localhost's answer came from, quoting the hosts file's lines. */
function localhostSource(model: HostModel, hostsFile: HostsFileFacts, text: HostWords): string {
  const lines = hostsFile.localhost
    .map((entry) => text.hostsLine({ line: entry.line, text: [entry.address, ...entry.names].join(' ') }))
    .join('; ');
  return text.localhostSource({
    path: hostsFile.path,
    lines,
    answered: answeredByHostsFile(model.localhost, hostsFile),
    readable: hostsFile.readable,
  });
}

function hostText(model: HostModel, hostsFile: HostsFileFacts, text: HostWords, paint: Paint): string[] {
  const label = Math.max(text.hostname.length, text.localhost.length);
  const columns = Object.values(text.columns);
  const [header, ...rows] = alignRows([columns, ...interfaceCells(model, text)]);
  return [
    `${paint.bold(text.hostname.padEnd(label))}  ${model.hostname}`,
    `${paint.bold(text.localhost.padEnd(label))}  ${model.localhost.length ? model.localhost.join(', ') : text.localhostNone}  ${paint.dim(`(${localhostSource(model, hostsFile, text)})`)}`,
    '',
    paint.underline(text.interfacesHeading),
    `  ${paint.dim(header!)}`,
    ...rows.map((row, index) => `  ${model.interfaces[index]!.internal ? paint.dim(row) : row}`),
    '',
    paint.dim(text.lesson),
  ];
}
