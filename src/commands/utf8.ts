import { padColumns } from '../core/display-width.js';
import { escapeControls, hexByte, safeJson, utf8Json, utf8Model, type ByteBits, type Utf8Model } from '../core/utf8.js';
import { decodeHex, decodeJson, type DecodeModel } from '../core/utf8-decode.js';
import type { Dictionary } from '../i18n/index.js';
import type { Paint } from '../output/paint.js';
import { writeLines } from '../output/write-lines.js';
import type { CommandContext } from './command.js';

/** `netlearn utf8 [text] [--hex "c3 b1"]`: the bytes behind text, or the text behind bytes. */
export default async function run(context: CommandContext): Promise<number> {
  const { args, flags, t, json, paint, stdout, stdin, interactive } = context;
  if (typeof flags.hex === 'string') {
    const model = decodeHex(flags.hex);
    if (json) stdout.write(`${safeJson(decodeJson(model))}\n`);
    else await writeLines(stdout, decodedLines(model, t, paint));
    return 0;
  }
  let text = args[0];
  if (text === undefined) {
    if (interactive && !json) {
      await context.openScreen('utf8');
      return 0;
    }
    text = await readAll(stdin);
  }
  const model = utf8Model(text);
  if (json) stdout.write(`${safeJson(utf8Json(model))}\n`);
  else await writeLines(stdout, utf8Lines(model, t, paint));
  return 0;
}

/** All of stdin as UTF-8, less the one newline `echo` adds. */
async function readAll(stdin: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Wrong decodings of a long text are one line each: the first part shows the pattern well enough. */
const mojibakeShown = 500;

function shortened(text: string): string {
  const points = Array.from(text);
  return points.length > mojibakeShown ? `${points.slice(0, mojibakeShown).join('')}…` : text;
}

/** Bits with UTF-8's marker set apart: `110|00011`. */
function bitsText(bits: readonly ByteBits[], paint: Paint): string {
  return bits.map((entry) => `${paint.yellow(entry.marker)}|${entry.payload}`).join(' ');
}

function* utf8Lines(model: Utf8Model, t: Dictionary, paint: Paint): Generator<string> {
  const text = t.utf8;
  if (model.byteCount === 0) {
    yield text.empty;
    return;
  }
  yield `${paint.bold(`"${escapeControls(shortened(model.text))}"`)}: ${text.summary({ characters: model.characterCount, codePoints: model.codePointCount, bytes: model.byteCount })}`;
  yield paint.dim(model.byteCount > model.characterCount ? text.moreBytes : text.sameCount);
  yield '';
  const columns = text.columns;
  const charWidth = Math.max(4, columns.char.length);
  const pointWidth = Math.max(9, columns.codePoint.length);
  const bytesWidth = 12;
  yield paint.dim(`  ${columns.char.padEnd(charWidth)}  ${columns.codePoint.padEnd(pointWidth)}  ${columns.bytes.padEnd(bytesWidth)}  ${columns.bits}`);
  for (const character of model.characters) {
    const shown = escapeControls(character.char);
    for (const [index, entry] of character.codePoints.entries()) {
      const charCell = index === 0 ? padColumns(shown, charWidth) : ' '.repeat(charWidth);
      yield `  ${charCell}  ${paint.cyan(entry.codePoint.padEnd(pointWidth))}  ${entry.bytes.map(hexByte).join(' ').padEnd(bytesWidth)}  ${bitsText(entry.bits, paint)}`;
    }
  }
  yield '';
  yield paint.underline(text.wrongHeading);
  const label = Math.max(text.latin1.length, text.macRoman.length, text.ascii.length);
  yield `  ${paint.bold(text.latin1.padEnd(label))}  ${escapeControls(shortened(model.mojibake.latin1))}`;
  yield `  ${paint.bold(text.macRoman.padEnd(label))}  ${escapeControls(shortened(model.mojibake.macRoman))}`;
  yield `  ${paint.bold(text.ascii.padEnd(label))}  ${model.asciiError ? paint.red(model.asciiError.message) : text.asciiFine}`;
}

function* decodedLines(model: DecodeModel, t: Dictionary, paint: Paint): Generator<string> {
  const text = t.utf8;
  const label = Math.max(text.decoded.bytes.length, text.decoded.text.length);
  yield `${paint.bold(text.decoded.bytes.padEnd(label))}  ${model.hex}`;
  yield `${paint.bold(text.decoded.text.padEnd(label))}  ${escapeControls(model.text)}`;
  yield '';
  const columns = text.columns;
  yield paint.dim(`  ${columns.offset.padEnd(8)}  ${columns.bytes.padEnd(12)}  ${columns.codePoint.padEnd(10)}  ${columns.char}`);
  for (const piece of model.pieces) {
    const row = `  ${String(piece.offset).padEnd(8)}  ${piece.bytes.map(hexByte).join(' ').padEnd(12)}  ${piece.codePoint.padEnd(10)}  ${escapeControls(piece.char)}`;
    yield piece.invalid ? paint.red(`${row}  ${text.reasons[piece.invalid]}`) : row;
  }
  yield '';
  yield model.invalid.length === 0 ? paint.green(text.decoded.allValid) : paint.yellow(text.decoded.invalidCount({ count: model.invalid.length }));
}
