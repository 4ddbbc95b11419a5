import { errnoTable, errorKinds, kindLesson } from '../../core/explain/error-kinds.js';
import type { Finding } from '../../core/explain/recognise.js';
import { sanitizeText } from '../../core/sanitize.js';
import { proseLines } from '../../output/prose-width.js';
import type { ExplainWords } from './words.en.js';

/** `EADDRINUSE 98 Linux, 48 macOS; WSAEADDRINUSE 10048 Windows`: every number the trouble goes by. */
function errnoNames(finding: Finding, words: ExplainWords): string {
  const byName = new Map<string, string[]>();
  for (const entry of errnoTable.filter((row) => row.kind === finding.kind))
    byName.set(entry.name, [...(byName.get(entry.name) ?? []), `${entry.number} ${words.systems[entry.system]}`]);
  return [...byName].map(([name, numbers]) => `${name} ${numbers.join(', ')}`).join('; ');
}

/** Everything said about one finding, as the command's `--json` gives it. */
export function explanationJson(finding: Finding, words: ExplainWords) {
  const kind = words.kinds[finding.kind];
  const where = { host: finding.host, port: finding.port, call: finding.call };
  return {
    kind: finding.kind,
    title: kind.title,
    input: finding.text,
    errno: finding.errno.map(({ name, number, system }) => ({ name, number, system })),
    host: finding.host ?? null,
    port: finding.port ?? null,
    call: finding.call ?? null,
    ...(finding.codec ? { codec: finding.codec, byte: finding.byte, position: finding.position } : {}),
    wire: kind.wire(where),
    causes: kind.causes.map((cause) => cause(where)),
    fixes: kind.fixes.map((fix) => fix(where)),
    show: kind.show(where),
    lesson: kindLesson[finding.kind],
  };
}

/** The explanation as text: a title, the line it came from, then each part under its heading. */
export function explanationLines(
  finding: Finding,
  words: ExplainWords,
  bold: (text: string) => string,
  width: number | undefined,
): string[] {
  const json = explanationJson(finding, words);
  const labels = words.labels;
  const names = errnoNames(finding, words);
  const paragraph = (text: string, first = '  ', rest = '  ') =>
    proseLines(text, width && width - rest.length).map((line, index) => (index === 0 ? first : rest) + line);
  const named = finding.errno.map((entry) => `${entry.name} ${words.systems[entry.system]}`);
  return [
    bold(json.title) + (names ? `  ${words.errnoLine({ names })}` : ''),
    ...paragraph(`${labels.from}: ${sanitizeText(json.input)}${named.length > 0 ? ` = ${named.join(', ')}` : ''}`),
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
export function knownKinds(words: ExplainWords): string {
  const names = [...new Set(errnoTable.map((entry) => entry.name))].filter((name) => !name.startsWith('WSA'));
  const titles = errorKinds.map((kind) => words.kinds[kind].title);
  return `${titles.join('; ')} (${names.join(', ')}, ENOTFOUND; Windows WSAE* 10013-11001)`;
}
