import { defineWords } from '../tool.js';
import quizQuestions from '../../i18n/es/quiz-questions.js';
import type { ExamWords } from './words.en.js';

const words: ExamWords = defineWords({
  title: 'Examen',
  help: {
    summary:
      'Exámenes: las preguntas propias de cada estudiante, con tiempo y un código de entrega que corrige el docente',
    details:
      'Cuatro verbos. new escribe un archivo de examen; take lo toma a un estudiante (por tubería: una respuesta por línea) y termina con un código de entrega; grade califica un CSV de códigos (columnas student_id, code y, si querés, name); key muestra las respuestas de un estudiante. Temas: binary, decimal, mask, subnet, port, utf8, tuple, ipv6.',
    options: {
      topics: 'Para new: los temas, separados por comas (por defecto binary,subnet,port,utf8)',
      count: 'Para new: cuántas preguntas (por defecto 12)',
      minutes: 'Para new: el tiempo límite en minutos (por defecto 20)',
      title: 'Para new: el título que ven los estudiantes',
      student: 'Para take y key: el id del estudiante',
      csv: 'Para grade: las notas en CSV, con las columnas de class export',
      excel: 'Para grade --csv: punto y coma y BOM, para Excel en español',
      class: 'Para grade: además guarda las notas en esta clase de la libreta (netlearn class)',
      db: 'Para grade --class: el archivo de la libreta (si no, en tu carpeta de datos)',
    },
    examples: [
      'netlearn exam new --topics binary,subnet,port,utf8 --count 12 --minutes 20 > parcial.yaml',
      'netlearn exam take parcial.yaml --student 20931',
      'netlearn exam grade parcial.yaml codigos.csv --csv > notas.csv',
      'netlearn exam key parcial.yaml --student 20931',
    ],
  },
  /** The questions' prompts and right answers, as Practice words them. */
  questions: quizQuestions,
  fileHeading: 'Un examen de netlearn: dale este archivo a cada estudiante; dejá el id como está.',
  defaultTitle: 'Examen',
  sampleTitle: 'Un examen de práctica',
  sampleNote:
    'Un examen de práctica para conocer el formato. Tu docente te da un archivo: netlearn exam take ARCHIVO --student ID.',
  intro: (p) => `${p.title}: ${p.count} preguntas, ${p.minutes} minutos, para el estudiante ${p.student}.`,
  introHow: 'Respondé cada pregunta y apretá Enter; una respuesta vacía la saltea. El tiempo corre cuando empezás.',
  introStart: 'Apretá Enter para empezar.',
  questionHeader: (p) => `Pregunta ${p.n} de ${p.total} · ${p.topic}`,
  timeLeft: (p) => `Quedan ${p.left}`,
  timeUp: 'Se terminó el tiempo: las preguntas que faltaban cuentan como sin responder.',
  finished: (p) => `Terminaste: ${p.answered} de ${p.total} respondidas en ${p.time}.`,
  codeIntro: 'Tu código de entrega. Leéselo a tu docente o escribilo en su formulario:',
  codeNote:
    'Lleva tus respuestas y el tiempo, no tu nota. Cada grupo termina en un control, así que un error de tipeo se detecta.',
  answerPlaceholder: 'tu respuesta y Enter',
  start: 'empezar',
  answer: 'responder',
  choose: 'elegir',
  keyHeader: (p) => `${p.title}: las respuestas del estudiante ${p.student}`,
  keyAnswer: (p) => `Respuesta: ${p.answer}`,
  gradeTable: { student: 'estudiante', name: 'nombre', score: 'nota', right: 'bien', comments: 'comentarios' },
  gradeComment: (p) => `${p.correct} de ${p.total} bien, terminado en ${p.time}.`,
  gradeProblem: (p) => `Línea ${p.line}, ${p.student}: ${p.problem}`,
  gradeProblems: (p) =>
    `${p.count} ${p.count === 1 ? 'código no se calificó' : 'códigos no se calificaron'}; las líneas de arriba dicen por qué.`,
  gradebookWritten: (p) =>
    `${p.count === 1 ? 'Guardé 1 nota' : `Guardé ${p.count} notas`} del examen ${p.exam} en la clase ${p.name}.`,
  notInClass: (p) =>
    `no están en la lista de la clase ${p.name}, así que no se guardaron en la libreta: ${p.ids}. Revisá sus ids.`,
});

export default words;
