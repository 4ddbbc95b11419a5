import type { Lesson } from './lesson.js';

/** A line of a lesson that holds the query. */
export interface SearchHit {
  lessonId: Lesson['id'];
  title: string;
  /** Index of the line in the lesson as rendered at the reader's width. */
  line: number;
  text: string;
  /** The query stands as a whole word here (`port`, not the `port` inside `import`). */
  whole: boolean;
}

/** Lowercase, without accents: `direccion` finds `dirección`. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether `needle` occurs in `haystack` (both folded) with no letter or digit on either side. */
function asWholeWord(haystack: string, needle: string): boolean {
  const word = /[\p{L}\p{N}_]/u;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) return true;
  }
  return false;
}

/** What a line of a lesson is: a learner looking for a word wants its title before its code. */
export type LineKind = 'heading' | 'prose' | 'code';

/** A line to search; a plain string is prose. */
export type SearchLine = string | { text: string; kind: LineKind };

const kindRank: Record<LineKind, number> = { heading: 0, prose: 1, code: 2 };

/**
 * Every rendered line, across the given lessons, that contains the query; at most `limit` hits.
 * Titles and headings come first, then prose, then code; within each, lines where the query stands as
 * a whole word come before the rest, each group in lesson order. Searching rendered lines lets the
 * reader jump straight to a hit's row.
 */
export function searchLessons(
  documents: readonly { lesson: Lesson; lines: readonly SearchLine[] }[],
  query: string,
  limit = 200,
): SearchHit[] {
  const needle = fold(query.trim());
  if (needle === '') return [];
  // One bucket per kind and wholeness, filled in lesson order: each is cut at the limit as it fills.
  const buckets: SearchHit[][] = Array.from({ length: 6 }, () => []);
  for (const { lesson, lines } of documents) {
    for (let line = 0; line < lines.length; line++) {
      const entry = lines[line]!;
      const { text, kind } = typeof entry === 'string' ? { text: entry, kind: 'prose' as const } : entry;
      const folded = fold(text);
      if (!folded.includes(needle)) continue;
      const whole = asWholeWord(folded, needle);
      const bucket = buckets[kindRank[kind] * 2 + (whole ? 0 : 1)]!;
      if (bucket.length < limit)
        bucket.push({ lessonId: lesson.id, title: lesson.title, line, text: text.trim(), whole });
    }
  }
  return buckets.flat().slice(0, limit);
}

/** A hit's excerpt split around the match, so the screen can paint it. */
export interface ExcerptParts {
  before: string;
  match: string;
  after: string;
}

/** `searchExcerpt`, cut into the text before the match, the match, and the text after it. */
export function excerptParts(text: string, query: string, room: number): ExcerptParts {
  const excerpt = searchExcerpt(text, query, room);
  const chars = Array.from(excerpt);
  const needle = fold(query.trim());
  const length = Array.from(needle).length;
  for (let i = 0; needle !== '' && i < chars.length; i++) {
    const candidate = chars.slice(i, i + length);
    if (fold(candidate.join('')) === needle) {
      return { before: chars.slice(0, i).join(''), match: candidate.join(''), after: chars.slice(i + length).join('') };
    }
  }
  return { before: excerpt, match: '', after: '' };
}

/**
 * The part of a hit's line that fits `room` columns with the match in the middle, "…" marking
 * what was cut on either side; the whole line when it fits.
 */
export function searchExcerpt(text: string, query: string, room: number): string {
  const chars = Array.from(text);
  if (chars.length <= room) return text;
  const width = Math.max(3, room);
  const folded = Array.from(text, (char) => fold(char));
  const needle = fold(query.trim());
  // The match as an index into chars: fold works character by character for lesson text.
  let at = 0;
  for (let i = 0; i < chars.length; i++) {
    if (folded.slice(i).join('').startsWith(needle)) {
      at = i;
      break;
    }
  }
  const length = Math.min(Array.from(needle).length, width - 2);
  const start = Math.max(0, at - Math.floor((width - length) / 2));
  if (start <= 1) return `${chars.slice(0, width - 1).join('')}…`;
  if (start + width - 1 >= chars.length) return `…${chars.slice(chars.length - (width - 1)).join('')}`;
  return `…${chars.slice(start, start + width - 2).join('')}…`;
}
