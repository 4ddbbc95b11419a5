import type { Token, Tokens } from 'marked';
import { displayWidth } from '../core/display-width.js';
import { breakWord, lineBreak, prefixLines, toWords, wordWidth, wrapSpans, type Span, type SpanStyle, type StyledLine } from './styled-lines.js';

export interface RenderOptions {
  /** Columns available; every line fits in them. */
  width: number;
  /** Keep backticks around inline code, for output without colour where style cannot show it. */
  codeMarks?: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);

function inlineSpans(tokens: readonly Token[] | undefined, options: RenderOptions, style?: SpanStyle): Span[] {
  const spans: Span[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        spans.push(...inlineSpans((token as Tokens.Strong).tokens, options, style ?? 'strong'));
        break;
      case 'em':
        spans.push(...inlineSpans((token as Tokens.Em).tokens, options, style ?? 'em'));
        break;
      case 'del':
        spans.push(...inlineSpans((token as Tokens.Del).tokens, options, style));
        break;
      case 'codespan': {
        const text = decode((token as Tokens.Codespan).text);
        spans.push({ text: options.codeMarks ? `\`${text}\`` : text, style: style === 'heading' || style === 'subheading' ? style : 'code' });
        break;
      }
      case 'link': {
        const link = token as Tokens.Link;
        const label = inlineSpans(link.tokens, options, style ?? 'link');
        spans.push(...label);
        if (link.href && link.href !== label.map((s) => s.text).join('')) spans.push({ text: ` (${link.href})`, style: 'muted' });
        break;
      }
      case 'image':
        spans.push({ text: (token as Tokens.Image).text, style });
        break;
      case 'br':
        spans.push(lineBreak);
        break;
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens) spans.push(...inlineSpans(text.tokens, options, style));
        else spans.push({ text: decode(text.text), style });
        break;
      }
      default:
        if ('text' in token && typeof token.text === 'string') spans.push({ text: decode(token.text), style });
        else spans.push({ text: token.raw, style });
    }
  }
  return spans;
}

/** Splits a code line to fit: at the last space in the second half of the row (a comment), else anywhere. */
function breakCodeLine(text: string, width: number): string[] {
  const rows: string[] = [];
  let rest = text;
  while (displayWidth(rest) > width) {
    const head = breakWord([{ text: rest }], width)[0]!.map((span) => span.text).join('');
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
  for (let start = 0; start < widest; ) {
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

function renderCode(token: Tokens.Code, width: number): StyledLine[] {
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

function renderList(list: Tokens.List, width: number, options: RenderOptions): StyledLine[] {
  const start = typeof list.start === 'number' ? list.start : 1;
  const markers = list.items.map((_, index) => (list.ordered ? `${start + index}. ` : '• '));
  const markerWidth = Math.max(...markers.map(displayWidth));
  const lines: StyledLine[] = [];
  list.items.forEach((item, index) => {
    const inner = renderBlocks(item.tokens, Math.max(4, width - markerWidth), { ...options }, item.loose);
    const marker = { text: markers[index]!.padEnd(markerWidth), style: 'muted' as const };
    lines.push(...prefixLines(inner, marker, { text: ' '.repeat(markerWidth) }));
    if (list.loose && index < list.items.length - 1) lines.push([]);
  });
  return lines;
}

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
  const natural = Array.from({ length: columns }, (_, c) => Math.max(1, ...cells.map((row) => wordWidth(row[c] ?? []))));
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
      for (let c = 0; c < columns; c++) if (widths[c]! > floor[c]! && (widest === -1 || widths[c]! > widths[widest]!)) widest = c;
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
      const wrapped = wrapSpans([...label, { text: ':' , style: 'tableHeader' }, { text: ' ' }, ...cell], width - 2);
      lines.push(...prefixLines(wrapped, { text: '' }, { text: '  ' }).map((line) => line.filter((span) => span.text !== '')));
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

function renderTable(table: Tokens.Table, width: number, options: RenderOptions): StyledLine[] {
  const header = table.header.map((cell) => inlineSpans(cell.tokens, options, 'tableHeader'));
  const rows = joinContinuationRows(table.rows.map((row) => row.map((cell) => inlineSpans(cell.tokens, options))));
  const natural = header.map((_, c) => Math.max(...[header, ...rows].map((row) => wordWidth(row[c] ?? []))));
  const least = natural.reduce((sum, w) => sum + Math.min(w, narrowestColumn), 0) + 3 * (header.length - 1);
  if (least > width) return stackedTable(header, rows, width);
  const widths = columnWidths([header, ...rows], width);
  const separator: Span = { text: ' | ', style: 'muted' };
  const renderRow = (row: Span[][]): StyledLine[] => {
    const wrapped = widths.map((w, c) => wrapSpans(row[c] ?? [], w));
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

function renderBlock(token: Token, width: number, options: RenderOptions): StyledLine[] {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      return wrapSpans(inlineSpans(heading.tokens, options, heading.depth === 1 ? 'heading' : 'subheading'), width);
    }
    case 'paragraph':
    case 'text': {
      const block = token as Tokens.Paragraph | Tokens.Text;
      return wrapSpans(block.tokens ? inlineSpans(block.tokens, options) : [{ text: decode(block.text) }], width);
    }
    case 'code':
      return renderCode(token as Tokens.Code, width);
    case 'list':
      return renderList(token as Tokens.List, width, options);
    case 'table':
      return renderTable(token as Tokens.Table, width, options);
    case 'blockquote': {
      const inner = renderBlocks((token as Tokens.Blockquote).tokens, Math.max(4, width - 2), options);
      const bar: Span = { text: '│ ', style: 'muted' };
      return prefixLines(inner, bar, bar);
    }
    case 'hr':
      return [[{ text: '─'.repeat(Math.min(width, 40)), style: 'muted' }]];
    case 'space':
    case 'def':
      return [];
    default:
      return wrapSpans([{ text: token.raw.trim() }], width);
  }
}

/** Blocks one after another with a blank line between them (none inside a tight list item). */
function renderBlocks(tokens: readonly Token[], width: number, options: RenderOptions, loose = true): StyledLine[] {
  const lines: StyledLine[] = [];
  for (const token of tokens) {
    const block = renderBlock(token, width, options);
    if (block.length === 0) continue;
    const tightText = !loose && (token.type === 'text' || token.type === 'list');
    if (lines.length > 0 && !tightText) lines.push([]);
    lines.push(...block);
  }
  return lines;
}

/**
 * Markdown, as marked's lexer tokens (a lesson's `tokens`), as terminal lines no wider than
 * `options.width`: headings, emphasis, lists, code blocks and tables with aligned columns. Pure: the
 * plain command paints the spans with ANSI codes, the reader screen with Ink colours.
 */
export function renderMarkdown(tokens: readonly Token[], options: RenderOptions): StyledLine[] {
  const width = Math.max(8, Math.floor(options.width));
  return renderBlocks(tokens, width, { ...options, width });
}
