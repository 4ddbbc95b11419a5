import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/quiz.js';

/** Los errores del tema y las opciones de `netlearn quiz` (src/core/quiz/topics.ts y random.ts). */
const quiz: typeof en = {
  inputErrors: {
    'quiz-topic-unknown': (d: InputErrorDetails) =>
      `no hay un tema de práctica "${d.part}"` +
      (d.suggestion ? `; ¿quisiste decir ${d.suggestion}?` : '.') +
      ` Temas: ${(d.topics as readonly string[] | undefined)?.join(', ') ?? ''}.`,
    'quiz-count-not-positive': (d: InputErrorDetails) =>
      `--count "${d.part}" no es un número entero positivo; por ejemplo --count 5.`,
    'quiz-count-too-large': (d: InputErrorDetails) => `--count "${d.part}" es demasiado grande; el máximo es ${d.max}.`,
    'quiz-seed-not-integer': (d: InputErrorDetails) =>
      `--seed "${d.part}" no es un número entero; por ejemplo --seed 42.`,
  },
};

export default quiz;
