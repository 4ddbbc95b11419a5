import type en from '../en/progress.js';

/** Avisos sobre el archivo de progreso guardado (src/progress), en la TUI y en los comandos planos. */
const progress: typeof en = {
  prefix: 'netlearn: aviso:',
  corrupt: (p) =>
    p.tooBig
      ? `El progreso guardado pasa de 1 MiB, mucho más de lo que ocupa un progreso, así que no lo leí` +
        (p.movedTo ? `; lo moví a ${p.movedTo}. Empezás de cero.` : '.')
      : p.movedTo
        ? `El progreso guardado estaba dañado; lo moví a ${p.movedTo}. Empezás de cero.`
        : 'El progreso guardado está dañado y no lo tuve en cuenta.',
  unreadable: (p) => `No puedo leer ${p.file} (${p.reason}); no voy a guardar el progreso.`,
  notAFile: (p) =>
    `${p.file} no es un archivo común (¿un pipe con nombre, una carpeta o un dispositivo?), así que no lo leí; no voy a guardar el progreso hasta que lo sea.`,
  unwritable: (p) => `No puedo guardar el progreso en ${p.file} (${p.reason}); sigo sin guardar.`,
};

export default progress;
