import { parsePort, portJson, portModel, type PortModel } from '../../core/ports.js';
import { tryBindSentence } from './try-bind-sentence.js';
import type { TryBindResult } from '../../net/try-bind.js';
import type { Paint } from '../../output/paint.js';
import type { CommandContext } from '../tool.js';
import type { PortTool } from './entry.js';
import type { PortWords } from './words.en.js';

/** `netlearn port <n> [--try-bind]`: range, service, privileges and ephemeral range for one port. */
export default async function run({
  args,
  flags,
  words,
  sources,
  json,
  paint,
  stdout,
}: CommandContext<PortTool>): Promise<number> {
  const port = parsePort(args[0] ?? '');
  const model = portModel(port, sources.portFacts());
  const bound = flags['try-bind'] ? await sources.tryBind(port) : undefined;
  if (json) {
    const tryBindJson = bound ? { tryBind: { result: bound.result, code: bound.code, port: bound.port } } : {};
    stdout.write(`${JSON.stringify({ ...portJson(model), ...tryBindJson })}\n`);
    return 0;
  }
  stdout.write(portText(model, bound, words, paint).join('\n') + '\n');
  return 0;
}

function portText(model: PortModel, bound: TryBindResult | undefined, text: PortWords, paint: Paint): string[] {
  const labels = Object.values(text.labels);
  const width = Math.max(...labels.map((label) => label.length));
  const row = (label: string, value: string) => `  ${paint.bold(label.padEnd(width))}  ${value}`;
  const { start, end, source } = model.ephemeral;
  const lines = [
    paint.bold(text.heading({ port: model.port })),
    row(
      text.labels.range,
      text.range({
        name: text.rangeNames[model.range],
        start: model.rangeStart,
        end: model.rangeEnd,
        ianaName: model.ianaName,
      }),
    ),
    row(
      text.labels.service,
      model.service
        ? text.service({ service: model.service, fromFile: model.serviceSource === 'services-file' })
        : paint.dim(text.noService),
    ),
    row(
      text.labels.privileges,
      model.osPicks
        ? text.portZero({ start, end })
        : model.privileged
          ? paint.yellow(
              text.privileged({
                limit: model.unprivilegedPortStart,
                source: model.unprivilegedSource,
                isRoot: model.isRoot,
              }),
            )
          : text.unprivileged({ limit: model.unprivilegedPortStart, source: model.unprivilegedSource }),
    ),
    row(
      text.labels.ephemeral,
      model.ephemeral.contains
        ? paint.yellow(text.ephemeralYes({ start, end, source }))
        : text.ephemeralNo({ start, end, source }),
    ),
  ];
  // The overlap matters for ports a client might hold: not for the well-known ones.
  if (model.ephemeralOverlapsRegistered && model.range !== 'well-known')
    lines.push(row(text.labels.note, text.overlap({ start, end })));
  if (bound) {
    const sentence = tryBindSentence(model, bound, text);
    lines.push(row(text.labels.tryBind, bound.result === 'free' ? paint.green(sentence) : paint.red(sentence)));
  }
  return lines;
}
