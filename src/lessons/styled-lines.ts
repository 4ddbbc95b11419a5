import { cutSpans, fillLines, spansWidth, type Span as CoreSpan, type Word as CoreWord } from '../core/wrap.js';

// Styled terminal lines and word wrapping that keeps each word's style; render-markdown builds on them.

/** What a piece of text is; each consumer (ANSI paint, Ink) picks its own look for it. */
export type SpanStyle =
  'heading' | 'subheading' | 'strong' | 'em' | 'code' | 'codeblock' | 'tableHeader' | 'muted' | 'link';

export type Span = CoreSpan<SpanStyle>;

/** One terminal row: spans whose widths add up to at most the render width. */
export type StyledLine = Span[];

/** The text of a line without its styles. */
export { lineText } from '../core/wrap.js';

/** A forced line break inside a paragraph. */
export const lineBreak: Span = { text: '\n' };

/** Pieces of one word, each keeping its style (`**bold**,` is one word of two spans). */
export type Word = Span[];

export const wordWidth = (word: Word) => spansWidth(word);

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

/** Cuts a word wider than the line into pieces that fit, between graphemes. */
export function breakWord(word: Word, width: number): Word[] {
  return cutSpans(word, width);
}

/**
 * Fills lines word by word, never past `width`; words are one space apart, whatever stood between them
 * (Markdown's rule). core/wrap.ts's wrapSpans keeps the spacing it is given instead.
 */
export function wrapWords(spans: readonly Span[], width: number): StyledLine[] {
  let first = true;
  const words = toWords(spans).map((word): CoreWord<SpanStyle> | null => {
    if (word === null) {
      first = true;
      return null;
    }
    const gap = first ? 0 : 1;
    first = false;
    return { spans: word, gap };
  });
  const lines = fillLines(words, width);
  // A closing forced break adds no empty row.
  if (lines.length > 1 && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines;
}

/** Puts `first` before the first line and `rest` before the others. */
export function prefixLines(lines: readonly StyledLine[], first: Span, rest: Span): StyledLine[] {
  return lines.map((line, index) => [index === 0 ? first : rest, ...line]);
}
