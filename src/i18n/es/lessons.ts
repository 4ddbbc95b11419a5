import type { InputErrorDetails } from '../../core/input-error.js';
import type en from '../en/lessons.js';

/** Lecciones: la lista, el lector, las preguntas, el progreso guardado y los comandos planos. */
const lessons: typeof en = {
  list: {
    heading: 'Lecciones',
    doneCount: (p) => `${p.done} de ${p.total} terminadas`,
    reading: 'leyendo',
    resetQuestion: '¿Borrar todas las marcas y respuestas? s/n',
    resetDone: 'Progreso borrado.',
  },
  reader: {
    title: 'Lección',
    position: (p) => `lección ${p.index} de ${p.total}`,
    endHint: (p) =>
      `Fin de la lección. Apretá Enter para ${p.count === 1 ? 'la pregunta' : `las ${p.count} preguntas`} de repaso.`,
    done: 'terminada',
  },
  quiz: {
    heading: (p) => `Pregunta ${p.index} de ${p.total}`,
    right: '¡Bien!',
    wrong: (p) => `No es esa. La respuesta correcta: ${p.answer}`,
    allRight: 'Respondiste bien todas las preguntas: lección terminada.',
    summary: (p) =>
      `${p.right} de ${p.total} correctas. ` +
      (p.right === p.total
        ? 'Lección terminada: n para la siguiente.'
        : 'r: reintentá las que fallaste · n: siguiente lección.'),
    summaryLast: (p) =>
      `${p.right} de ${p.total} correctas. ` +
      (p.right === p.total ? 'Lección terminada, y era la última.' : 'Apretá r para reintentar las que fallaste.'),
    doneRule: 'Una lección cuenta como terminada cuando respondiste bien todas sus preguntas.',
  },
  search: {
    prompt: 'Buscar en todas las lecciones:',
    none: 'Ninguna lección tiene eso.',
    count: (p) => (p.count === 1 ? '1 coincidencia' : `${p.count} coincidencias`),
    typeMore: 'Escribí una palabra para buscar en todas las lecciones.',
  },
  keys: {
    scroll: 'mover',
    page: 'página',
    ends: 'inicio/fin',
    next: 'siguiente',
    previous: 'anterior',
    search: 'buscar',
    tryIt: 'probalo',
    questions: 'preguntas',
    choose: 'elegir',
    answer: 'responder',
    question: 'pregunta',
    retry: 'reintentar',
    text: 'texto',
    jump: 'ir',
    close: 'cerrar',
    reset: 'borrar',
    yes: 'sí',
    no: 'no',
  },
  progress: {
    prefix: 'netlearn: aviso:',
    corrupt: (p) =>
      p.tooBig
        ? `El progreso guardado pasa de 1 MiB, mucho más de lo que ocupa un progreso, así que no lo leí` +
          (p.movedTo ? `; lo moví a ${p.movedTo}. Empezás de cero.` : '.')
        : p.movedTo
          ? `El progreso guardado estaba dañado; lo moví a ${p.movedTo}. Empezás de cero.`
          : 'El progreso guardado está dañado y no lo tuve en cuenta.',
    unreadable: (p) => `No puedo leer ${p.file} (${p.reason}); no voy a guardar el progreso.`,
    unwritable: (p) => `No puedo guardar el progreso en ${p.file} (${p.reason}); sigo sin guardar.`,
  },
  plain: {
    questions: 'Preguntas de repaso',
  },
  inputErrors: {
    'lesson-unknown': (d: InputErrorDetails) =>
      `no hay ninguna lección "${d.part}".${d.suggestion ? ` ¿Quisiste decir ${d.suggestion}?` : ''} Lecciones: ${(d.known as readonly string[]).join(', ')}.`,
  },
};

export default lessons;
