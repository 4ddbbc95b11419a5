import slow from './slow-race-words.es.js';
import type { ThreadsWords } from './words.en.js';

const count = (n: number) => n.toLocaleString('es-AR');

const words: ThreadsWords = {
  title: 'Hilos y locks',
  hint: 'Sumas perdidas sin un lock',
  help: {
    summary: 'Hilos compitiendo por un contador compartido, sin y con lock',
    options: {
      workers: 'Cuántos hilos (por defecto 4)',
      increments: 'Cuántas sumas hace cada hilo (por defecto 100000)',
    },
    examples: ['netlearn threads', 'netlearn threads --workers 8 --increments 50000'],
  },
  setup: (p) =>
    `${p.workers} ${p.workers === 1 ? 'hilo' : 'hilos'} × ${count(p.increments)} ${p.increments === 1 ? 'suma' : 'sumas'} a un mismo contador compartido = ${count(p.expected)} ${p.expected === 1 ? 'suma esperada' : 'sumas esperadas'}`,
  withoutLock: 'Sin lock',
  withLock: 'Con lock',
  got: (p) => `dio ${count(p.result)}`,
  lost: (p) => `se perdieron ${count(p.lost)} (${p.percent}%)`,
  exact: 'exacto',
  lucky: 'ninguna perdida: suerte',
  ms: (p) => `${p.ms} ms`,
  noLossThisTime:
    'Esta vez no se perdió ninguna suma: los hilos casi no se cruzaron. Probá de nuevo, o subí --increments para que corran juntos más tiempo.',
  luckyRun:
    'Esta corrida tuvo suerte: no se perdió ninguna suma porque los hilos casi no se cruzaron. En una máquina ocupada, o con una sola CPU, ' +
    'cada hilo suele terminar su parte antes de que el sistema operativo pase a otro, así que ningún leer-sumar-escribir queda cortado a la mitad. ' +
    'La carrera sigue ahí: corré de nuevo, o contá varias corridas.',
  tally: (p) =>
    p.lossy === 0
      ? `Ninguna de ${p.runs} ${p.runs === 1 ? 'corrida' : 'corridas'} sin lock perdió una suma: los hilos nunca se cruzaron lo suficiente. Probá con más corridas.`
      : `En ${p.lossy} de ${p.runs} ${p.runs === 1 ? 'corrida' : 'corridas'} sin lock se perdieron sumas.`,
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
    countRuns: (p) => `contar ${p.runs} corridas`,
    counting: (p) => `Corrida ${p.done} de ${p.total} sin lock…`,
    waiting: 'esperando',
  },
};

export default words;
