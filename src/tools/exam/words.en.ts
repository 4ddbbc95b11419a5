import { defineWords } from '../tool.js';
import quizQuestions from '../../i18n/en/quiz-questions.js';

/** The exam tool's words: its four commands, the exam screen and the grade comments. */
const words = defineWords({
  title: 'Exam',
  help: {
    summary: "Exams: each student's own questions, timed, with a completion code the teacher grades",
    details:
      "Four verbs. new writes an exam file; take runs it for one student (piped: one answer a line) and ends with a completion code; grade scores a CSV of codes (columns student_id, code, and name if you like); key prints one student's answers. Topics: binary, decimal, mask, subnet, port, utf8, tuple, ipv6.",
    options: {
      topics: 'For new: the topics, separated by commas (default binary,subnet,port,utf8)',
      count: 'For new: how many questions (default 12)',
      minutes: 'For new: the time limit in minutes (default 20)',
      title: 'For new: the title students see',
      student: 'For take and key: the student id',
      csv: 'For grade: the grades as CSV, the columns class export writes',
      excel: 'For grade --csv: semicolons and a BOM, for Excel in a Spanish locale',
      class: 'For grade: also write the grades into this class of the gradebook (netlearn class)',
      db: 'For grade --class: the gradebook file (default: in your data folder)',
    },
    examples: [
      'netlearn exam new --topics binary,subnet,port,utf8 --count 12 --minutes 20 > parcial.yaml',
      'netlearn exam take parcial.yaml --student 20931',
      'netlearn exam grade parcial.yaml codes.csv --csv > grades.csv',
      'netlearn exam key parcial.yaml --student 20931',
    ],
  },
  /** The questions' prompts and right answers, as Practice words them. */
  questions: quizQuestions,
  fileHeading: 'A netlearn exam: give this file to every student; keep the id as it is.',
  defaultTitle: 'Exam',
  sampleTitle: 'A practice exam',
  sampleNote: 'A practice exam to try the format. A teacher gives you a file: netlearn exam take FILE --student ID.',
  intro: (p: { title: string; student: string; count: number; minutes: number }) =>
    `${p.title}: ${p.count} questions, ${p.minutes} minutes, for student ${p.student}.`,
  introHow: 'Answer each question and press Enter; an empty answer skips it. The timer starts when you begin.',
  introStart: 'Press Enter to start.',
  questionHeader: (p: { n: number; total: number; topic: string }) => `Question ${p.n} of ${p.total} · ${p.topic}`,
  timeLeft: (p: { left: string }) => `${p.left} left`,
  timeUp: 'Time is up: the questions not reached count as unanswered.',
  finished: (p: { answered: number; total: number; time: string }) =>
    `Finished: ${p.answered} of ${p.total} answered in ${p.time}.`,
  codeIntro: 'Your completion code. Read it to your teacher or type it into their form:',
  codeNote: 'It holds your answers and the time, not your grade. Every group ends in a check, so a typo is caught.',
  answerPlaceholder: 'your answer and Enter',
  start: 'start',
  answer: 'answer',
  choose: 'choose',
  keyHeader: (p: { title: string; student: string }) => `${p.title}: the answers for student ${p.student}`,
  keyAnswer: (p: { answer: string }) => `Answer: ${p.answer}`,
  gradeTable: { student: 'student', name: 'name', score: 'score', right: 'right', comments: 'comments' },
  gradeComment: (p: { correct: number; total: number; time: string }) =>
    `${p.correct} of ${p.total} right, finished in ${p.time}.`,
  gradeProblem: (p: { line: number; student: string; problem: string }) => `Line ${p.line}, ${p.student}: ${p.problem}`,
  gradeProblems: (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'code was' : 'codes were'} not graded; the lines above say why.`,
  gradebookWritten: (p: { count: number; name: string; exam: string }) =>
    `Wrote ${p.count} ${p.count === 1 ? 'grade' : 'grades'} of exam ${p.exam} into class ${p.name}.`,
  notInClass: (p: { ids: string; name: string }) =>
    `not in the roster of class ${p.name}, so not written to the gradebook: ${p.ids}. Check their ids.`,
});

export type ExamWords = typeof words;
export default words;
