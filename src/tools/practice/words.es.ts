import type { PracticeWords } from './words.en.js';
import quizQuestions from '../../i18n/es/quiz-questions.js';

const words: PracticeWords = {
  title: 'Práctica',
  hint: 'Ejercicios generados con repaso espaciado',
  help: {
    summary: 'Práctica con preguntas generadas; lee las respuestas de stdin si no hay terminal',
    details: 'Temas: binary, decimal, mask, subnet, port, utf8, tuple, ipv6, lessons. Sin tema: una mezcla.',
    options: { count: 'Cuántas preguntas', seed: 'Misma semilla, mismas preguntas (para el aula)' },
    examples: ['netlearn quiz binary', 'netlearn quiz port --count 5 --seed 42'],
  },
  ...quizQuestions,
  questionHeader: (p) => `Pregunta ${p.n} de ${p.total} · ${p.topic}`,
  right: 'Correcto',
  wrong: (p) => `Incorrecto, era ${p.expected}`,
  leadingZero: 'Un cero adelante está mal: algunos programas leen 010 como octal (8) y otros como 10.',
  empty: 'Sin respuesta.',
  score: (p) =>
    `Puntaje: ${p.correct} de ${p.total} correctas` +
    (p.total > 0 ? ` (${Math.round((100 * p.correct) / p.total)}%)` : '') +
    '.',
  seedHint: (p) => `Semilla ${p.seed}: usá --seed ${p.seed} para repetir estas preguntas.`,
  screen: {
    chooseTopic: 'Elegí qué practicar:',
    mix: 'Una mezcla de todo',
    answerPlaceholder: 'tu respuesta y Enter',
    streak: (p) => `Racha ${p.streak} (mejor ${p.best})`,
    accuracy: (p) =>
      p.percent === undefined ? 'Todavía sin respuestas' : `${p.correct}/${p.total} correctas (${p.percent}%)`,
    box: (p) => `Caja de Leitner ${p.box} de 5`,
    boxMeaning: 'Si acertás, la pregunta sube de caja y vuelve con menos frecuencia; si fallás, vuelve a la caja 1.',
    pressNext: 'Enter: siguiente pregunta',
    choose: 'elegir',
    answer: 'responder',
    next: 'siguiente',
    topics: 'temas',
    drill: 'rondas con tiempo',
    reset: 'borrar progreso',
    confirmReset: '¿Borrar todo el progreso de práctica (cajas, rachas, aciertos)? s/n',
    yes: 'sí',
    no: 'no',
    resetDone: 'Progreso borrado.',
    saved: 'El progreso se guarda.',
    notSaved: (p) => `El progreso no se guardó: ${p.reason}`,
    lessonsMissing: 'Las preguntas de las lecciones no están disponibles.',
  },
};

export default words;
