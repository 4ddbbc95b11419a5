import type { Lesson } from './lesson.js';

/** A line of a lesson that holds the query. */
export interface SearchHit {
  lessonId: Lesson['id'];
  title: string;
  /** Index of the line in the lesson as rendered at the reader's width. */
  line: number;
  text: string;
}

/** Lowercase, without accents: `direccion` finds `dirección`. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Every rendered line, across the given lessons, that contains the query; at most `limit` hits,
 * in lesson order. Searching rendered lines lets the reader jump straight to a hit's row.
 */
export function searchLessons(
  documents: readonly { lesson: Lesson; lines: readonly string[] }[],
  query: string,
  limit = 200,
): SearchHit[] {
  const needle = fold(query.trim());
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  for (const { lesson, lines } of documents) {
    for (let line = 0; line < lines.length; line++) {
      if (!fold(lines[line]!).includes(needle)) continue;
      hits.push({ lessonId: lesson.id, title: lesson.title, line, text: lines[line]!.trim() });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
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
