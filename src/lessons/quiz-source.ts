import type { Lang } from '../core/language.js';
import { lessonChecks } from '../core/quiz/generators/lessons.js';
import { noLessons, type QuizSource } from '../core/quiz/topics.js';
import { loadLessons } from './load-lessons.js';

/**
 * The lessons' check questions in the learner's language, for the `lessons` topic. Content that is
 * missing or broken leaves the topic out rather than failing the whole quiz.
 */
export function quizSource(lang: Lang): QuizSource {
  try {
    return { lessons: lessonChecks(loadLessons(lang)) };
  } catch {
    return noLessons;
  }
}
