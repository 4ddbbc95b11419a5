import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

/** The error of an unknown lesson id, thrown by src/lessons/find-lesson.ts. */
const lessons = {
  inputErrors: {
    'lesson-unknown': (d: InputErrorDetails) =>
      `there is no lesson "${d.part}".${d.suggestion ? ` Did you mean ${d.suggestion}?` : ''} Lessons: ${(d.known as readonly string[]).join(', ')}.`,
  } satisfies AreaInputErrors,
};

export default lessons;
