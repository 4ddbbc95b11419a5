import type { LessonsWords } from './lessons-words.en.js';

const words: LessonsWords = {
  title: 'Lecciones',
  hint: 'Lecciones cortas, de servidores a AF_INET',
  help: {
    summary: 'Lista las lecciones y cuáles terminaste',
    options: {},
    examples: ['netlearn lessons', 'netlearn lessons --json'],
  },
  list: {
    heading: 'Lecciones',
    doneCount: (p) => `${p.done} de ${p.total} terminadas`,
    reading: 'leyendo',
    resetQuestion: '¿Borrar todas las marcas y respuestas? s/n',
    resetDone: 'Progreso borrado.',
  },
  keys: {
    reset: 'borrar',
    yes: 'sí',
    no: 'no',
  },
};

export default words;
