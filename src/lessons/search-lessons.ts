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
