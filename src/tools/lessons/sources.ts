import type { Lang } from '../../core/language.js';
import type { Dictionary } from '../../i18n/index.js';
import type { Lesson } from '../../lessons/lesson.js';
import { lessonIds } from '../../lessons/lesson-ids.js';
import { loadLessons } from '../../lessons/load-lessons.js';
import type { Progress } from '../../progress/progress-data.js';
import { readProgressForCommand } from '../../progress/read-progress-for-command.js';

/**
 * What the lessons list and the reader read from disk: the lessons, and for the plain commands the
 * saved progress (the app's screens get progress from the shell's store, which tests fake too).
 */
export interface LessonSources {
  /** Every lesson of one language, in teaching order. */
  lessons: (lang: Lang) => readonly Lesson[];
  /** The saved progress, read only; a problem with the file is one warning line on stderr. */
  savedProgress: (env: NodeJS.ProcessEnv, stderr: NodeJS.WritableStream, t: Dictionary) => Progress;
}

const sources: LessonSources = {
  lessons: loadLessons,
  savedProgress: (env, stderr, t) => readProgressForCommand(env, stderr, t, lessonIds()),
};
export default sources;
