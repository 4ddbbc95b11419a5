import type { Tokens } from 'marked';
import { inlineSpans, type RenderOptions } from './inline-spans.js';
import { prefixLines, toWords, wordWidth, wrapWords, type Span, type StyledLine } from './styled-lines.js';

function pad(line: StyledLine, width: number, align: 'left' | 'right' | 'center' | null): StyledLine {
  const gap = Math.max(0, width - wordWidth(line));
  if (gap === 0) return line;
  if (align === 'right') return [{ text: ' '.repeat(gap) }, ...line];
  if (align === 'center') {
    const left = Math.floor(gap / 2);
    return [{ text: ' '.repeat(left) }, ...line, { text: ' '.repeat(gap - left) }];
  }
  return [...line, { text: ' '.repeat(gap) }];
}

/** Column widths that fit `width`: natural widths, shrinking the widest column first. */
function columnWidths(cells: Span[][][], width: number): number[] {
  const columns = cells[0]!.length;
  const natural = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...cells.map((row) => wordWidth(row[c] ?? []))),
  );
  const longestWord = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...cells.flatMap((row) => toWords(row[c] ?? []).map((word) => (word ? wordWidth(word) : 0)))),
  );
  const available = width - 3 * (columns - 1);
  const widths = [...natural];
  const total = () => widths.reduce((sum, w) => sum + w, 0);
  // First shrink down to each column's longest word, then, if still too wide, below it.
  for (const floor of [longestWord, widths.map(() => 3)]) {
    while (total() > available) {
      let widest = -1;
      for (let c = 0; c < columns; c++)
        if (widths[c]! > floor[c]! && (widest === -1 || widths[c]! > widths[widest]!)) widest = c;
      if (widest === -1) break;
      widths[widest]!--;
    }
  }
  return widths;
}

/** A table too wide for columns: each row as `header: value` lines, rows apart. */
function stackedTable(header: Span[][], rows: Span[][][], width: number): StyledLine[] {
  const lines: StyledLine[] = [];
  rows.forEach((row, r) => {
    if (r > 0) lines.push([]);
    row.forEach((cell, c) => {
      const label = header[c] ?? [];
      const wrapped = wrapWords([...label, { text: ':', style: 'tableHeader' }, { text: ' ' }, ...cell], width - 2);
      lines.push(
        ...prefixLines(wrapped, { text: '' }, { text: '  ' }).map((line) => line.filter((span) => span.text !== '')),
      );
    });
  });
  return lines;
}

const blankCell = (cell: Span[] | undefined) => (cell ?? []).every((span) => span.text.trim() === '');

/**
 * Rows whose first cell is empty continue the row above (the Markdown wrapped a long cell by
 * hand): their cells join the ones above, so the renderer wraps each cell once, at its width.
 */
function joinContinuationRows(rows: Span[][][]): Span[][][] {
  const joined: Span[][][] = [];
  for (const row of rows) {
    const previous = joined[joined.length - 1];
    if (!previous || !blankCell(row[0]) || row.every((cell) => blankCell(cell))) {
      joined.push(row.map((cell) => [...cell]));
      continue;
    }
    row.forEach((cell, c) => {
      if (blankCell(cell)) return;
      previous[c] = blankCell(previous[c]) ? [...cell] : [...(previous[c] ?? []), { text: ' ' }, ...cell];
    });
  }
  return joined;
}

/** Narrower than this, a column reads as a ladder of word pieces. */
const narrowestColumn = 8;

/** A table with aligned columns, each cell wrapped to its width; stacked when too narrow for that. */
export function renderTable(table: Tokens.Table, width: number, options: RenderOptions): StyledLine[] {
  const header = table.header.map((cell) => inlineSpans(cell.tokens, options, 'tableHeader'));
  const rows = joinContinuationRows(table.rows.map((row) => row.map((cell) => inlineSpans(cell.tokens, options))));
  const natural = header.map((_, c) => Math.max(...[header, ...rows].map((row) => wordWidth(row[c] ?? []))));
  const least = natural.reduce((sum, w) => sum + Math.min(w, narrowestColumn), 0) + 3 * (header.length - 1);
  if (least > width) return stackedTable(header, rows, width);
  const widths = columnWidths([header, ...rows], width);
  const separator: Span = { text: ' | ', style: 'muted' };
  const renderRow = (row: Span[][]): StyledLine[] => {
    const wrapped = widths.map((w, c) => wrapWords(row[c] ?? [], w));
    const height = Math.max(...wrapped.map((cell) => cell.length));
    const lines: StyledLine[] = [];
    for (let r = 0; r < height; r++) {
      const line: StyledLine = [];
      widths.forEach((w, c) => {
        if (c > 0) line.push(separator);
        const last = c === widths.length - 1;
        const align = table.align[c] ?? null;
        const cell = wrapped[c]![r] ?? [];
        line.push(...(last && align !== 'right' && align !== 'center' ? cell : pad(cell, w, align)));
      });
      lines.push(line);
    }
    return lines;
  };
  const rule: StyledLine = [{ text: widths.map((w) => '-'.repeat(w)).join('-+-'), style: 'muted' }];
  return [...renderRow(header), rule, ...rows.flatMap(renderRow)];
}
