import type en from './slow-race-words.en.js';

const slowRace: typeof en = {
  title: 'En cámara lenta: dos hilos suman 1 a count',
  withoutLock: 'sin lock',
  withLock: 'with lock:',
  thread: (p) => `hilo ${p.name}`,
  holds: 'tiene el lock',
  waiting: 'espera el lock',
  lostMark: (p) => `✗ se perdió la suma de ${p.name}`,
  step: (p) => `Paso ${p.step} de ${p.total}`,
  comments: { read: '# leer', add: '# sumar', write: '# escribir' },
  start:
    'count empieza en 0. Cada hilo le va a sumar 1, así que el resultado debería ser 2. Apretá → para correr un paso; ' +
    'la línea resaltada es la que ese hilo acaba de ejecutar.',
  switched: (p) => `El sistema operativo pausa a ${p.from} y corre a ${p.to}. `,
  notes: {
    read: (p) => `${p.name} lee count en su propia variable: value = ${p.value}.`,
    add: (p) => `${p.name} suma 1 a su copia: value = ${p.value}. En memoria, count sigue valiendo ${p.count}.`,
    write: (p) => `${p.name} escribe su valor en count: count = ${p.count}.`,
    overwrote: (p) =>
      `${p.name} escribe ${p.count} en count, pero ${p.other} ya había escrito ${p.count}: ` +
      `la suma de ${p.other} queda pisada.`,
    acquire: (p) => `${p.name} toma el lock: ahora solo ${p.name} puede ejecutar las tres líneas de adentro.`,
    waits: (p) =>
      `${p.name} llega a "with lock:", pero el lock lo tiene ${p.other}, así que ${p.name} espera: todavía no puede leer count.`,
    release: (p) => `${p.name} sale del bloque with y el lock queda libre.`,
  },
  doneRacy:
    'Los dos hilos sumaron 1 y aun así count = 1. Sin error ni aviso: una suma desapareció. ' +
    'Apretá l para repetirlo con el lock.',
  doneLocked:
    'count = 2: exacto. B esperó en vez de leer un valor que A estaba por cambiar. ' +
    'Apretá f para ver lo mismo a toda velocidad, miles de veces.',
  aside:
    'Por dentro: la corrida a toda velocidad usa hilos de Node (worker threads) que comparten un número en un ' +
    'SharedArrayBuffer; su lock está hecho con Atomics.wait y Atomics.notify.',
  auto: (p) => `automático: un paso cada ${p.seconds} s`,
  keys: {
    next: 'paso',
    back: 'atrás',
    auto: 'automático',
    pace: 'ritmo',
    lock: 'lock sí/no',
    fast: 'a toda velocidad',
    slow: 'cámara lenta',
  },
};

export default slowRace;
