import type { Tokens } from 'marked';
import { displayWidth } from '../core/display-width.js';
import { breakWord, type StyledLine } from './styled-lines.js';

/** Splits a code line to fit: at the last space in the second half of the row (a comment), else anywhere. */
function breakCodeLine(text: string, width: number): string[] {
  const rows: string[] = [];
  let rest = text;
  while (displayWidth(rest) > width) {
    const head = breakWord([{ text: rest }], width)[0]!
      .map((span) => span.text)
      .join('');
    const space = head.lastIndexOf(' ');
    const cut = space > head.length / 2 && head.slice(0, space).trim() !== '' ? space : head.length;
    rows.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^ +/, '');
  }
  rows.push(rest);
  return rows;
}

/** Blocks in these languages are pictures (ASCII diagrams), not code: their columns matter. */
const pictureLanguages = new Set(['', 'text', 'txt', 'plain']);

/** The part of a row between two terminal columns. */
function columns(row: string, from: number, to: number): string {
  let text = '';
  let at = 0;
  for (const char of row) {
    const w = displayWidth(char);
    if (at >= from && at + w <= to) text += char;
    at += w;
    if (at >= to) break;
  }
  return text;
}

/** Whether every row is blank (a space, or past its end) at terminal column `at`. */
function blankColumn(rows: readonly string[], at: number): boolean {
  return rows.every((row) => {
    const char = columns(row, at, at + 1);
    return char === '' || char === ' ';
  });
}

/** Rows without the indent they all share (blank rows do not count). */
function dedent(rows: readonly string[]): string[] {
  const indents = rows.filter((row) => row.trim() !== '').map((row) => row.length - row.trimStart().length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return rows.map((row) => row.slice(common).trimEnd());
}

/** Where the strip starting at `start` ends: at a gutter of blank columns if one is in its right half. */
function stripEnd(rows: readonly string[], start: number, widest: number, width: number): number {
  if (widest - start <= width) return widest;
  const last = start + width;
  const least = start + Math.ceil(width / 2);
  for (let cut = last; cut > least; cut--) if (blankColumn(rows, cut - 1) && blankColumn(rows, cut)) return cut;
  for (let cut = last; cut > least; cut--) if (blankColumn(rows, cut)) return cut;
  return last;
}

/**
 * A picture wider than the screen, shown as vertical strips one under the other, each part of the
 * drawing once: cut where the columns are blank when possible, rows kept lined up inside a strip.
 * Wrapping instead would shear the drawing.
 */
function pictureStrips(rows: readonly string[], widest: number, width: number): StyledLine[] {
  const lines: StyledLine[] = [];
  for (let start = 0; start < widest;) {
    const end = stripEnd(rows, start, widest, width);
    const strip = dedent(rows.map((row) => columns(row, start, end)));
    while (strip.length > 0 && strip[0] === '') strip.shift();
    while (strip.length > 0 && strip[strip.length - 1] === '') strip.pop();
    if (strip.length > 0) {
      if (lines.length > 0) lines.push([{ text: '…', style: 'muted' }]);
      for (const text of strip) lines.push(text === '' ? [] : [{ text, style: 'codeblock' }]);
    }
    start = end;
  }
  return lines;
}

/** A fenced block: code wrapped to fit (indented when it fits), a picture cut into strips. */
export function renderCode(token: Tokens.Code, width: number): StyledLine[] {
  let rows = token.text.replace(/\t/g, '    ').split('\n');
  let widest = Math.max(...rows.map(displayWidth));
  const isPicture = pictureLanguages.has((token.lang ?? '').trim().toLowerCase());
  if (widest > width && isPicture) {
    // A picture's own left margin goes before any of its columns do.
    rows = dedent(rows);
    widest = Math.max(...rows.map(displayWidth));
    if (widest > width) return pictureStrips(rows, widest, width);
  }
  // The indent sets code apart, but a line that keeps its shape matters more.
  const indent = widest + 2 <= width ? 2 : 0;
  const lines: StyledLine[] = [];
  for (const raw of rows) {
    for (const row of breakCodeLine(raw, width - indent)) {
      const piece: StyledLine = row === '' ? [] : [{ text: row, style: 'codeblock' }];
      lines.push(indent ? [{ text: ' '.repeat(indent) }, ...piece] : piece);
    }
  }
  return lines;
}
