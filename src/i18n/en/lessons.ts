import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';
import progress from './progress.js';

/** The error of an unknown lesson id, thrown by src/lessons/find-lesson.ts. */
const lessons = {
  /** Until src/app/run-tui.tsx reads `t.progress`: the same words, not a copy. */
  progress,
  inputErrors: {
    'lesson-unknown': (d: InputErrorDetails) =>
      `there is no lesson "${d.part}".${d.suggestion ? ` Did you mean ${d.suggestion}?` : ''} Lessons: ${(d.known as readonly string[]).join(', ')}.`,
  } satisfies AreaInputErrors,
};

export default lessons;
