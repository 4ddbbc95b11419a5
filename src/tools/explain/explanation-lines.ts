import { errnoTable, errorKinds, kindLesson } from '../../core/explain/error-kinds.js';
import type { Finding } from '../../core/explain/recognise.js';
import type { Dictionary } from '../../i18n/index.js';
import { proseLines } from '../../output/prose-width.js';

/** `EADDRINUSE 98 Linux, 48 macOS; WSAEADDRINUSE 10048 Windows`: every number the trouble goes by. */
function errnoNames(finding: Finding, t: Dictionary): string {
  const byName = new Map<string, string[]>();
  for (const entry of errnoTable.filter((row) => row.kind === finding.kind))
    byName.set(entry.name, [...(byName.get(entry.name) ?? []), `${entry.number} ${t.explain.systems[entry.system]}`]);
  return [...byName].map(([name, numbers]) => `${name} ${numbers.join(', ')}`).join('; ');
}

/** Everything said about one finding, as the command's `--json` gives it. */
export function explanationJson(finding: Finding, t: Dictionary) {
  const words = t.explain.kinds[finding.kind];
  const where = { host: finding.host, port: finding.port };
  return {
    kind: finding.kind,
    title: words.title,
    input: finding.text,
    errno: finding.errno.map(({ name, number, system }) => ({ name, number, system })),
    host: finding.host ?? null,
    port: finding.port ?? null,
    ...(finding.codec ? { codec: finding.codec, byte: finding.byte, position: finding.position } : {}),
    wire: words.wire(where),
    causes: words.causes.map((cause) => cause(where)),
    fixes: words.fixes.map((fix) => fix(where)),
    show: words.show(where),
    lesson: kindLesson[finding.kind],
  };
}

/** The explanation as text: a title, the line it came from, then each part under its heading. */
export function explanationLines(
  finding: Finding,
  t: Dictionary,
  bold: (text: string) => string,
  width: number | undefined,
): string[] {
  const json = explanationJson(finding, t);
  const labels = t.explain.labels;
  const names = errnoNames(finding, t);
  const paragraph = (text: string, first = '  ', rest = '  ') =>
    proseLines(text, width && width - rest.length).map((line, index) => (index === 0 ? first : rest) + line);
  const named = finding.errno.map((entry) => `${entry.name} ${t.explain.systems[entry.system]}`);
  return [
    bold(json.title) + (names ? `  ${t.explain.errnoLine({ names })}` : ''),
    ...paragraph(`${labels.from}: ${json.input}${named.length > 0 ? ` = ${named.join(', ')}` : ''}`),
    '',
    bold(labels.wire),
    ...paragraph(json.wire),
    bold(labels.causes),
    ...json.causes.flatMap((cause) => paragraph(cause, '  - ', '    ')),
    bold(labels.fixes),
    ...json.fixes.flatMap((fix) => paragraph(fix, '  - ', '    ')),
    bold(labels.show),
    `  ${json.show}`,
    bold(labels.lesson),
    `  netlearn lesson ${json.lesson}`,
  ];
}

/** The troubles netlearn knows, for the "unknown input" message. */
export function knownKinds(t: Dictionary): string {
  const names = [...new Set(errnoTable.map((entry) => entry.name))].filter((name) => !name.startsWith('WSA'));
  const titles = errorKinds.map((kind) => t.explain.kinds[kind].title);
  return `${titles.join('; ')} (${names.join(', ')}, ENOTFOUND; Windows WSAE* 10013-11001)`;
}
