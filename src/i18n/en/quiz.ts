import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

/** The errors of `netlearn quiz`'s topic and options, thrown by src/core/quiz/topics.ts and random.ts. */
const quiz = {
  inputErrors: {
    'quiz-topic-unknown': (d: InputErrorDetails) =>
      `there is no quiz topic "${d.part}"` +
      (d.suggestion ? `; did you mean ${d.suggestion}?` : '.') +
      ` Topics: ${(d.topics as readonly string[] | undefined)?.join(', ') ?? ''}.`,
    'quiz-count-not-positive': (d: InputErrorDetails) =>
      `--count "${d.part}" is not a positive whole number; for example --count 5.`,
    'quiz-count-too-large': (d: InputErrorDetails) => `--count "${d.part}" is too large; the most is ${d.max}.`,
    'quiz-seed-not-integer': (d: InputErrorDetails) =>
      `--seed "${d.part}" is not a whole number; for example --seed 42.`,
  } satisfies AreaInputErrors,
};

export default quiz;
