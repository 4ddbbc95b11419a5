import { closest } from '../core/closest.js';
import { InputError } from '../core/input-error.js';
import type { Lesson } from './lesson.js';
import { lessonIds } from './lesson-ids.js';

/** The lesson with this id; an InputError naming the known ids and the nearest one otherwise. */
export function findLesson(lessons: readonly Lesson[], id: string): Lesson {
  const lesson = lessons.find((candidate) => candidate.id === id);
  if (lesson) return lesson;
  throw new InputError('lesson-unknown', { part: id, known: lessonIds, suggestion: closest(id, lessonIds) });
}
