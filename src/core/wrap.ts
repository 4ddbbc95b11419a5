import { displayWidth } from './display-width.js';
import { graphemes } from './graphemes.js';

// The one line-filling rule for every screen, formatter and lesson: widths are terminal columns
// (string-width), a line breaks at spaces, and the spaces at a break are dropped so no wrapped line
// starts with one. A word wider than the line is cut between graphemes.

/** A run of text with an optional style (a colour, a lesson's `strong`); wrapping keeps it. */
export interface Span<S = never> {
  text: string;
  style?: S;
}

/** A word to place, and the spaces before it: between words on one line, or a paragraph's indent. */
export interface Word<S = never> {
  spans: Span<S>[];
  gap: number;
}

/** One terminal row of spans. */
export type Line<S = never> = Span<S>[];

/** How many columns spans take. */
export function spansWidth(spans: readonly Span<unknown>[]): number {
  return spans.reduce((sum, span) => sum + displayWidth(span.text), 0);
}

/** Cuts a word wider than `width` into pieces that fit, between graphemes, each piece keeping its styles. */
export function cutSpans<S>(spans: readonly Span<S>[], width: number): Span<S>[][] {
  const pieces: Span<S>[][] = [];
  let piece: Span<S>[] = [];
  let used = 0;
  for (const span of spans) {
    let text = '';
    for (const char of graphemes(span.text)) {
      const w = displayWidth(char);
      if (used + w > width && used > 0) {
        if (text) piece.push({ ...span, text });
        pieces.push(piece);
        piece = [];
        text = '';
        used = 0;
      }
      text += char;
      used += w;
    }
    if (text) piece.push({ ...span, text });
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/**
 * Fills lines word by word, never past `width` (unless one grapheme is wider); `null` forces a
 * break. A word keeps its gap on its line and loses it where the line breaks.
 */
export function fillLines<S>(words: Iterable<Word<S> | null>, width: number): Line<S>[] {
  const room = Math.max(1, width);
  const lines: Line<S>[] = [];
  let line: Line<S> = [];
  let used = 0;
  let wrapped = false;
  const flush = () => {
    lines.push(line);
    line = [];
    used = 0;
  };
  const place = (gap: number, spans: readonly Span<S>[], w: number) => {
    if (gap > 0) line.push({ text: ' '.repeat(gap) });
    line.push(...spans);
    used += gap + w;
    wrapped = false;
  };
  for (const word of words) {
    if (word === null) {
      flush();
      wrapped = false;
      continue;
    }
    const w = spansWidth(word.spans);
    const gap = wrapped ? 0 : word.gap;
    if (used + gap + w <= room) {
      place(gap, word.spans, w);
      continue;
    }
    if (line.length > 0) flush();
    wrapped = true;
    if (w <= room) {
      place(0, word.spans, w);
      continue;
    }
    cutSpans(word.spans, room).forEach((piece, index) => {
      if (index > 0) flush();
      place(0, piece, spansWidth(piece));
    });
  }
  lines.push(line);
  return lines;
}

/**
 * Splits spans into words at spaces, keeping how many spaces stood before each (indents and
 * aligned columns survive); a newline forces a break.
 */
function spacedWords<S>(spans: readonly Span<S>[]): (Word<S> | null)[] {
  const words: (Word<S> | null)[] = [];
  let current: Word<S> = { spans: [], gap: 0 };
  let gap = 0;
  const flush = () => {
    if (current.spans.length > 0) words.push(current);
    current = { spans: [], gap: 0 };
  };
  for (const span of spans) {
    for (const part of span.text.split(/( +|\n)/)) {
      if (part === '') continue;
      if (part === '\n') {
        flush();
        words.push(null);
        gap = 0;
      } else if (part.startsWith(' ')) {
        flush();
        gap += part.length;
      } else {
        if (current.spans.length === 0) current.gap = gap;
        gap = 0;
        current.spans.push(span.style === undefined ? { text: part } : { text: part, style: span.style });
      }
    }
  }
  flush();
  return words;
}

/** The text of a line without its styles. */
export function lineText(line: readonly Span<unknown>[]): string {
  return line.map((span) => span.text).join('');
}

/** Styled text wrapped at `width` columns: spaces kept between words, dropped at breaks. */
export function wrapSpans<S>(spans: readonly Span<S>[], width: number): Line<S>[] {
  return fillLines(spacedWords(spans), width);
}

/** Text wrapped at `width` columns; a paragraph's indent stays on its first line. */
export function wrapText(text: string, width: number): string[] {
  return wrapSpans([{ text }], width).map(lineText);
}

/** How many terminal rows a text takes once wrapped at `width`. */
export function wrappedRows(text: string, width: number): number {
  return wrapText(text, width).length;
}
