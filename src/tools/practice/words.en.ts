import { defineWords } from '../tool.js';
import quizQuestions from '../../i18n/en/quiz-questions.js';

const words = defineWords({
  title: 'Practice',
  hint: 'Generated exercises with spaced repetition',
  help: {
    summary: 'Practice with generated questions; answers from stdin when piped',
    details: 'Topics: binary, decimal, mask, subnet, port, utf8, tuple, ipv6, lessons. Without a topic: a mix.',
    options: { count: 'How many questions', seed: 'Same seed, same questions (for classrooms)' },
    examples: ['netlearn quiz binary', 'netlearn quiz port --count 5 --seed 42'],
  },
  ...quizQuestions,
  questionHeader: (p: { n: number; total: number; topic: string }) => `Question ${p.n} of ${p.total} · ${p.topic}`,
  right: 'Right',
  wrong: (p: { expected: string }) => `Wrong, expected ${p.expected}`,
  leadingZero: 'A leading zero is wrong: some programs read 010 as octal (8), others as 10.',
  empty: 'No answer.',
  score: (p: { correct: number; total: number }) =>
    `Score: ${p.correct} of ${p.total} right` +
    (p.total > 0 ? ` (${Math.round((100 * p.correct) / p.total)}%)` : '') +
    '.',
  seedHint: (p: { seed: string }) => `Seed ${p.seed}: run with --seed ${p.seed} to get these questions again.`,
  screen: {
    chooseTopic: 'Choose what to practise:',
    mix: 'A mix of everything',
    answerPlaceholder: 'your answer, then Enter',
    streak: (p: { streak: number; best: number }) => `Streak ${p.streak} (best ${p.best})`,
    accuracy: (p: { percent: number | undefined; correct: number; total: number }) =>
      p.percent === undefined ? 'No answers yet' : `${p.correct}/${p.total} right (${p.percent}%)`,
    box: (p: { box: number }) => `Leitner box ${p.box} of 5`,
    boxMeaning: 'Right moves a question up a box and it comes back less often; wrong sends it back to box 1.',
    pressNext: 'Enter: next question',
    choose: 'choose',
    answer: 'answer',
    next: 'next',
    topics: 'topics',
    drill: 'timed drills',
    reset: 'reset progress',
    confirmReset: 'Reset all practice progress (boxes, streaks, accuracy)? y/n',
    yes: 'yes',
    no: 'no',
    resetDone: 'Progress reset.',
    saved: 'Progress is saved.',
    notSaved: (p: { reason: string }) => `Progress not saved: ${p.reason}`,
    lessonsMissing: 'Lesson questions are not available.',
  },
});

export type PracticeWords = typeof words;
export default words;
