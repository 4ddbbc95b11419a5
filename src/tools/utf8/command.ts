import { padColumns } from '../../core/display-width.js';
import {
  escapeControls,
  hexByte,
  jsonPieces,
  utf8Json,
  utf8Model,
  type ByteBits,
  type Utf8Model,
} from '../../core/utf8.js';
import { cutTail, decodeHex, decodeJson, decodeUtf8, type DecodeModel } from '../../core/utf8-decode.js';
import type { Paint } from '../../output/paint.js';
import { writeLines, writeText } from '../../output/write-lines.js';
import type { CommandContext } from '../tool.js';
import type { Utf8Tool } from './entry.js';
import type { Utf8Words } from './words.en.js';

/** `netlearn utf8 [text] [--hex "c3 b1"]`: the bytes behind text, or the text behind bytes. */
export default async function run(context: CommandContext<Utf8Tool>): Promise<number> {
  const { args, flags, words, json, paint, stdout, stdin, interactive } = context;
  if (flags.hex !== undefined) {
    const model = decodeHex(flags.hex);
    if (json) await writeText(stdout, jsonPieces(decodeJson(model)));
    else await writeLines(stdout, decodedLines(model, words, paint));
    return 0;
  }
  let text = args[0];
  if (text === undefined) {
    if (interactive && !json) {
      await context.openScreen();
      return 0;
    }
    const read = await readBytes(stdin, stdinLimit);
    if (read.capped) context.stderr.write(`${words.stdinCapped({ mib: stdinLimit / 2 ** 20 })}\n`);
    const decoded = strictUtf8(read.bytes);
    if (decoded === undefined) {
      // Not valid UTF-8: report each invalid sequence with its offset, as --hex does.
      const model = decodeUtf8(read.bytes, json ? jsonRows : rowsShown);
      if (json) await writeText(stdout, jsonPieces(decodeJson(model)));
      else await writeLines(stdout, decodedLines(model, words, paint));
      return 0;
    }
    text = decoded;
  }
  const model = utf8Model(text, json ? jsonRows : rowsShown);
  if (json) await writeText(stdout, jsonPieces(utf8Json(model)));
  else await writeLines(stdout, utf8Lines(model, words, paint));
  return 0;
}

/**
 * Stdin is read as bytes, at most this many: the output is many times the input (a table row per
 * character), so a huge pipe would otherwise turn into hundreds of megabytes. The rest is not read.
 */
const stdinLimit = 2 ** 20;

/** Rows of the per-character (or per-sequence) table printed; the summary still counts them all. */
const rowsShown = 200;

/** Characters listed one by one in --json (`charactersOmitted` counts the rest): 10,000 is plenty for a program. */
const jsonRows = 10_000;

/**
 * Stdin as bytes, up to `limit`, less the one newline `echo` adds. A read cut by the limit also
 * drops a character the cut split in two.
 */
async function readBytes(stdin: NodeJS.ReadStream, limit: number): Promise<{ bytes: Uint8Array; capped: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let capped = false;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (size + buffer.length > limit) {
      chunks.push(buffer.subarray(0, limit - size));
      capped = true;
      break;
    }
    chunks.push(buffer);
    size += buffer.length;
  }
  let bytes: Uint8Array = Buffer.concat(chunks);
  if (capped) return { bytes: bytes.subarray(0, bytes.length - cutTail(bytes)), capped };
  if (bytes.at(-1) === 0x0a) bytes = bytes.subarray(0, bytes.at(-2) === 0x0d ? -2 : -1);
  return { bytes, capped };
}

/** The text when the bytes are valid UTF-8, else undefined. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
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

function* utf8Lines(model: Utf8Model, text: Utf8Words, paint: Paint): Generator<string> {
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
  yield paint.dim(
    `  ${columns.char.padEnd(charWidth)}  ${columns.codePoint.padEnd(pointWidth)}  ${columns.bytes.padEnd(bytesWidth)}  ${columns.bits}`,
  );
  for (const character of model.characters.slice(0, rowsShown)) {
    const shown = escapeControls(character.char);
    for (const [index, entry] of character.codePoints.entries()) {
      const charCell = index === 0 ? padColumns(shown, charWidth) : ' '.repeat(charWidth);
      yield `  ${charCell}  ${paint.cyan(entry.codePoint.padEnd(pointWidth))}  ${entry.bytes.map(hexByte).join(' ').padEnd(bytesWidth)}  ${bitsText(entry.bits, paint)}`;
    }
  }
  if (model.characterCount > rowsShown)
    yield paint.dim(`  ${text.moreCharacters({ count: model.characterCount - rowsShown })}`);
  yield '';
  yield paint.underline(text.wrongHeading);
  const label = Math.max(text.latin1.length, text.macRoman.length, text.ascii.length);
  yield `  ${paint.bold(text.latin1.padEnd(label))}  ${escapeControls(shortened(model.mojibake.latin1))}`;
  yield `  ${paint.bold(text.macRoman.padEnd(label))}  ${escapeControls(shortened(model.mojibake.macRoman))}`;
  yield `  ${paint.bold(text.ascii.padEnd(label))}  ${model.asciiError ? paint.red(model.asciiError.message) : text.asciiFine}`;
}

function* decodedLines(model: DecodeModel, text: Utf8Words, paint: Paint): Generator<string> {
  const label = Math.max(text.decoded.bytes.length, text.decoded.text.length);
  const hex = model.bytes.length > rowsShown ? `${model.hex.slice(0, rowsShown * 3 - 1)} …` : model.hex;
  yield `${paint.bold(text.decoded.bytes.padEnd(label))}  ${hex}  ${paint.dim(`(${text.decoded.byteCount({ count: model.bytes.length })})`)}`;
  yield `${paint.bold(text.decoded.text.padEnd(label))}  ${escapeControls(shortened(model.text))}`;
  yield '';
  const columns = text.columns;
  yield paint.dim(
    `  ${columns.offset.padEnd(8)}  ${columns.bytes.padEnd(12)}  ${columns.codePoint.padEnd(10)}  ${columns.char}`,
  );
  for (const piece of model.pieces.slice(0, rowsShown)) {
    const row = `  ${String(piece.offset).padEnd(8)}  ${piece.bytes.map(hexByte).join(' ').padEnd(12)}  ${piece.codePoint.padEnd(10)}  ${escapeControls(piece.char)}`;
    yield piece.invalid ? paint.red(`${row}  ${text.reasons[piece.invalid]}`) : row;
  }
  if (model.pieceCount > rowsShown)
    yield paint.dim(`  ${text.decoded.morePieces({ count: model.pieceCount - rowsShown })}`);
  yield '';
  yield model.invalidCount === 0
    ? paint.green(text.decoded.allValid)
    : paint.yellow(text.decoded.invalidCount({ count: model.invalidCount }));
}
