import type { LessonWords } from './lesson-words.en.js';

const words: LessonWords = {
  title: 'Lección',
  help: {
    summary: 'Muestra una lección como texto',
    options: {},
    examples: ['netlearn lesson ipv4', 'netlearn lesson socket --lang en'],
  },
  reader: {
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
      `${p.right} de ${p.total} correctas al primer intento. ` +
      (p.done ? 'Lección terminada: n para la siguiente.' : 'r: reintentá las que fallaste · n: siguiente lección.'),
    summaryLast: (p) =>
      `${p.right} de ${p.total} correctas al primer intento. ` +
      (p.done ? 'Lección terminada, y era la última.' : 'Apretá r para reintentar las que fallaste.'),
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
  },
  plain: {
    questions: 'Preguntas de repaso',
  },
};

export default words;
