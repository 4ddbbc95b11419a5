import { defineWords } from '../tool.js';

/** The lessons list's words, and `netlearn lessons`'s. */
const words = defineWords({
  title: 'Lessons',
  hint: 'Short lessons, from servers to AF_INET',
  help: {
    summary: 'List the lessons with their done marks',
    options: {},
    examples: ['netlearn lessons', 'netlearn lessons --json'],
  },
  list: {
    heading: 'Lessons',
    doneCount: (p: { done: number; total: number }) => `${p.done} of ${p.total} done`,
    reading: 'reading',
    resetQuestion: 'Forget every done mark and answer? y/n',
    resetDone: 'Progress cleared.',
  },
  keys: {
    reset: 'reset',
    yes: 'yes',
    no: 'no',
  },
});

export type LessonsWords = typeof words;
export default words;
