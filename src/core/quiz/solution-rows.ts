import { placeValues } from '../ipv4.js';
import { byteBits, encodeCodePoint, hexByte } from '../utf8.js';
import type { BitwiseRow, OctetWork } from './question.js';

/** Column widths of the place values 128 64 32 16 8 4 2 1, so each bit sits under its value. */
const columnWidths = placeValues.map((value) => String(value).length);

/** The place values as a header row, indented to sit above octetRow's bits. */
function placeValueRow(): string {
  return `      ${placeValues.map((value) => String(value)).join(' ')}`;
}

/** `181:  1  0  1  1 0 1 0 1   128+32+16+4+1`: each bit under its place value, then the sum. */
function octetRow({ value, bits }: OctetWork): string {
  const cells = [...bits].map((bit, i) => bit.padStart(columnWidths[i]!)).join(' ');
  const terms = placeValues.filter((_, i) => bits[i] === '1');
  return `${String(value).padStart(4)}: ${cells}   ${terms.length === 0 ? '0' : terms.join('+')}`;
}

/** The place-value table of several octets. */
export function octetTable(octets: readonly OctetWork[]): string[] {
  return [placeValueRow(), ...octets.map(octetRow)];
}

/** An AND or OR worked bit by bit: operand, operand, result, with the addresses aligned. */
export function bitwiseRows(operation: 'and' | 'or', rows: readonly BitwiseRow[]): string[] {
  const width = Math.max(...rows.map((row) => row.dotted.length));
  const signs = ['  ', operation === 'and' ? '& ' : '| ', '= '];
  return rows.map((row, i) => `${signs[i] ?? '  '}${row.dotted.padEnd(width)}  ${row.bits}`);
}

/** UTF-8's bit pattern for the length a code point needs. */
export function utf8Pattern(codePoint: number): string {
  return encodeCodePoint(codePoint)
    .map((byte) => byteBits(byte).marker.padEnd(8, 'x'))
    .join(' ');
}

/** Each byte with its marker bits set apart from the code point's: `110·00011 10·101001`. */
export function utf8ByteBits(bytes: readonly OctetWork[]): string {
  return bytes
    .map((byte) => {
      const { marker, payload } = byteBits(byte.value);
      return `${marker}·${payload}`;
    })
    .join(' ');
}

/** Bytes as hex, `c3 a9`, as the UTF-8 tool and Python's bytes.hex(' ') write them. */
export function hexBytes(bytes: readonly OctetWork[]): string {
  return bytes.map((byte) => hexByte(byte.value)).join(' ');
}
