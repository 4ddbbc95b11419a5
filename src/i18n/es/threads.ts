import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/threads.js';

const count = (n: number) => n.toLocaleString('es-AR');

/** What core/race.ts's parseWorkers and parseIncrements say of a bad --workers or --increments. */
const threads: typeof en = {
  inputErrors: {
    'threads-workers-not-integer': (d: InputErrorDetails) =>
      `--workers "${d.part}" no es un número entero; escribí uno de 1 a ${d.max}, por ejemplo 4.`,
    'threads-workers-too-small': (d: InputErrorDetails) =>
      `--workers ${d.part}: hace falta al menos un hilo (de 1 a ${d.max}).`,
    'threads-workers-too-large': (d: InputErrorDetails) =>
      `--workers ${d.part} son demasiados; este laboratorio corre de 1 a ${d.max} hilos.`,
    'threads-increments-not-integer': (d: InputErrorDetails) =>
      `--increments "${d.part}" no es un número entero; escribí uno de 1 a ${count(Number(d.max))}, por ejemplo 100000.`,
    'threads-increments-too-small': (d: InputErrorDetails) =>
      `--increments ${d.part}: cada hilo tiene que sumar al menos una vez.`,
    'threads-increments-too-large': (d: InputErrorDetails) =>
      `--increments ${d.part} son demasiadas; como mucho ${count(Number(d.max))} por hilo, así la corrida con lock termina en segundos.`,
  },
};

export default threads;
