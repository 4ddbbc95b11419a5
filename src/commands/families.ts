import { familiesJson, familiesModel, type Endpoint, type FamilyResult } from '../core/families.js';
import { escapeControls } from '../core/utf8.js';
import type { Dictionary } from '../i18n/index.js';
import { probeFamilies } from '../net/families.js';
import type { Paint } from '../output/paint.js';
import type { CommandContext } from './command.js';

/** `netlearn families`: one listener per address family and the peer address each reports. */
export default async function run({ t, json, paint, stdout }: CommandContext): Promise<number> {
  const { probes, tempDirRemoved } = await probeFamilies();
  const results = familiesModel(probes);
  stdout.write(json ? `${JSON.stringify(familiesJson(results, tempDirRemoved))}\n` : familiesText(results, t, paint).join('\n') + '\n');
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}

/** `127.0.0.1:41234`, `[::1]:41234`, or the path. */
export function endpointText(end: Endpoint): string {
  if (end.port === undefined) return escapeControls(end.address);
  return end.address.includes(':') ? `[${end.address}]:${end.port}` : `${end.address}:${end.port}`;
}

/** The lines for one family, shared by the command and the screen. */
export function familyLines(result: FamilyResult, t: Dictionary): { label: string; value: string; python?: boolean }[] {
  const text = t.families;
  if (result.status === 'skipped') return [{ label: '', value: text.skipped({ code: result.code ?? '?' }) }];
  if (result.status === 'failed') return [{ label: '', value: text.failed({ code: result.code ?? '?' }) }];
  const peer = result.peer!;
  return [
    { label: text.listening, value: endpointText(result.listening!) },
    { label: text.peer, value: peer.address === '' ? text.unnamed : endpointText(peer) },
    { label: text.pythonAccept, value: result.pythonAccept ?? '', python: true },
    { label: text.pythonServer, value: escapeControls(result.pythonServer ?? ''), python: true },
  ];
}

function familiesText(results: FamilyResult[], t: Dictionary, paint: Paint): string[] {
  const text = t.families;
  const lines = [text.intro, ''];
  const labelWidth = Math.max(...results.flatMap((result) => familyLines(result, t).map((line) => line.label.length)));
  for (const result of results) {
    lines.push(`${paint.bold(result.constant)}  ${paint.dim(text.names[result.family])}`);
    for (const line of familyLines(result, t)) {
      const value = line.python ? paint.cyan(line.value) : result.status === 'ok' ? line.value : paint.yellow(line.value);
      lines.push(`  ${line.label.padEnd(labelWidth)}  ${value}`);
    }
    lines.push('');
  }
  lines.push(paint.dim(text.tempRemoved), '', text.lesson);
  return lines;
}
