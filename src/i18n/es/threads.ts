import slow from './slow-race.js';
import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/threads.js';

const count = (n: number) => n.toLocaleString('es-AR');

const threads: typeof en = {
  setup: (p) =>
    `${p.workers} ${p.workers === 1 ? 'hilo' : 'hilos'} × ${count(p.increments)} ${p.increments === 1 ? 'suma' : 'sumas'} a un mismo contador compartido = ${count(p.expected)} ${p.expected === 1 ? 'suma esperada' : 'sumas esperadas'}`,
  withoutLock: 'Sin lock',
  withLock: 'Con lock',
  got: (p) => `dio ${count(p.result)}`,
  lost: (p) => `se perdieron ${count(p.lost)} (${p.percent}%)`,
  exact: 'exacto',
  ms: (p) => `${p.ms} ms`,
  noLossThisTime:
    'Esta vez no se perdió ninguna suma: los hilos casi no se cruzaron. Probá de nuevo, o subí --increments para que corran juntos más tiempo.',
  why:
    '"contador = contador + 1" son tres pasos: leer, sumar, escribir. Si dos hilos leen el mismo valor, los dos escriben valor + 1 y una suma desaparece. ' +
    'El lock (un cerrojo, o mutex) deja pasar a un hilo por vez por los tres pasos: exacto, pero más lento.',
  lesson:
    'Node atiende muchos sockets desde un solo hilo con un bucle de eventos, así que sus callbacks nunca compiten así; ' +
    'un chat en Python suele usar un hilo por cliente, y entonces necesita un lock alrededor del estado compartido, como la lista de clientes.',
  slow,
  running: 'Corriendo…',
  screen: {
    worker: (p) => `hilo ${p.index}`,
    counter: 'Contador',
    runAgain: 'correr de nuevo',
    waiting: 'esperando',
  },
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
