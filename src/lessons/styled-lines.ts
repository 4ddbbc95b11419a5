import { displayWidth } from '../core/display-width.js';

// Styled terminal lines and word wrapping that keeps each word's style; render-markdown builds on them.

/** What a piece of text is; each consumer (ANSI paint, Ink) picks its own look for it. */
export type SpanStyle = 'heading' | 'subheading' | 'strong' | 'em' | 'code' | 'codeblock' | 'tableHeader' | 'muted' | 'link';

export interface Span {
  text: string;
  style?: SpanStyle;
}

/** One terminal row: spans whose widths add up to at most the render width. */
export type StyledLine = Span[];

/** The text of a line without its styles. */
export function lineText(line: StyledLine): string {
  return line.map((span) => span.text).join('');
}

/** A forced line break inside a paragraph. */
export const lineBreak: Span = { text: '\n' };

/** Pieces of one word, each keeping its style (`**bold**,` is one word of two spans). */
export type Word = Span[];

export const wordWidth = (word: Word) => word.reduce((sum, span) => sum + displayWidth(span.text), 0);

/** Splits spans into words; whitespace (soft line breaks too) separates them. `null` is a forced break. */
export function toWords(spans: readonly Span[]): (Word | null)[] {
  const words: (Word | null)[] = [];
  let current: Word = [];
  const flush = () => {
    if (current.length > 0) words.push(current);
    current = [];
  };
  for (const span of spans) {
    if (span === lineBreak) {
      flush();
      words.push(null);
      continue;
    }
    const parts = span.text.split(/(\s+)/);
    parts.forEach((part, index) => {
      if (index % 2 === 1) flush();
      else if (part !== '') current.push(span.style ? { text: part, style: span.style } : { text: part });
    });
  }
  flush();
  return words;
}

/** Cuts a word wider than the line into pieces that fit. */
export function breakWord(word: Word, width: number): Word[] {
  const pieces: Word[] = [];
  let piece: Word = [];
  let used = 0;
  for (const span of word) {
    let text = '';
    for (const char of span.text) {
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

/** Fills lines word by word, never past `width`. */
export function wrapSpans(spans: readonly Span[], width: number): StyledLine[] {
  const lines: StyledLine[] = [];
  let line: StyledLine = [];
  let used = 0;
  const flush = () => {
    lines.push(line);
    line = [];
    used = 0;
  };
  for (const word of toWords(spans)) {
    if (word === null) {
      flush();
      continue;
    }
    const w = wordWidth(word);
    if (used > 0 && used + 1 + w <= width) {
      line.push({ text: ' ' }, ...word);
      used += 1 + w;
      continue;
    }
    if (used > 0) flush();
    if (w <= width) {
      line.push(...word);
      used = w;
      continue;
    }
    const pieces = breakWord(word, Math.max(1, width));
    pieces.forEach((piece, index) => {
      if (index > 0) flush();
      line.push(...piece);
      used = wordWidth(piece);
    });
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Puts `first` before the first line and `rest` before the others. */
export function prefixLines(lines: readonly StyledLine[], first: Span, rest: Span): StyledLine[] {
  return lines.map((line, index) => [index === 0 ? first : rest, ...line]);
}
