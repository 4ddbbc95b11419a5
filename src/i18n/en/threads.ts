import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

const count = (n: number) => n.toLocaleString('en-US');

/** What core/race.ts's parseWorkers and parseIncrements say of a bad --workers or --increments. */
const threads = {
  inputErrors: {
    'threads-workers-not-integer': (d: InputErrorDetails) =>
      `--workers "${d.part}" is not a whole number; write one from 1 to ${d.max}, for example 4.`,
    'threads-workers-too-small': (d: InputErrorDetails) =>
      `--workers ${d.part}: at least one thread is needed (1 to ${d.max}).`,
    'threads-workers-too-large': (d: InputErrorDetails) =>
      `--workers ${d.part} is too many; this lab runs 1 to ${d.max} threads.`,
    'threads-increments-not-integer': (d: InputErrorDetails) =>
      `--increments "${d.part}" is not a whole number; write one from 1 to ${count(Number(d.max))}, for example 100000.`,
    'threads-increments-too-small': (d: InputErrorDetails) =>
      `--increments ${d.part}: each thread must add at least once.`,
    'threads-increments-too-large': (d: InputErrorDetails) =>
      `--increments ${d.part} is too many; at most ${count(Number(d.max))} per thread, so the locked run ends in seconds.`,
  } satisfies AreaInputErrors,
};

export default threads;
