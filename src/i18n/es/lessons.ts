import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/lessons.js';

/** El error de una lección que no existe (src/lessons/find-lesson.ts). */
const lessons: typeof en = {
  /** Hasta que src/app/run-tui.tsx lea `t.progress`: las mismas palabras, no una copia. */
  inputErrors: {
    'lesson-unknown': (d: InputErrorDetails) =>
      `no hay ninguna lección "${d.part}".${d.suggestion ? ` ¿Quisiste decir ${d.suggestion}?` : ''} Lecciones: ${(d.known as readonly string[]).join(', ')}.`,
  },
};

export default lessons;
