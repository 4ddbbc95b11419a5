import { closest } from '../core/closest.js';
import { InputError } from '../core/input-error.js';
import type { Lesson } from './lesson.js';

/** Lowercase, no accents, no surrounding space: how a learner's words are compared. */
function normalise(text: string): string {
  return text.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Letters and digits only: `AF_INET`, `af inet` and `af-inet` are one key. */
const key = (text: string) => normalise(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** A title's keys: whole, and without a leading article ("La tupla…", "The harbour…"). */
function titleKeys(title: string): string[] {
  const bare = normalise(title).replace(/^(the|a|an|el|la|los|las|un|una)\s+/, '');
  return [key(title), key(bare)];
}

/**
 * The lesson a learner means: its id (any case, spaces around), its number in the list (`8`), or
 * its title in the lesson's language (accents optional, `hilo` for "Hilos"). An InputError naming
 * the known ids and the nearest one otherwise.
 */
export function findLesson(lessons: readonly Lesson[], query: string): Lesson {
  const wanted = key(query);
  if (/^\d+$/.test(query.trim())) {
    const byNumber = lessons[Number(query.trim()) - 1];
    if (byNumber) return byNumber;
  }
  const lesson =
    lessons.find((candidate) => key(candidate.id) === wanted) ??
    lessons.find(
      (candidate) =>
        wanted !== '' && titleKeys(candidate.title).some((title) => title === wanted || title === `${wanted}s`),
    );
  if (lesson) return lesson;
  const part = query.trim();
  const known = lessons.map((candidate) => candidate.id);
  throw new InputError('lesson-unknown', { part, known, suggestion: closest(normalise(part), known) });
}
