import { defineWords } from '../tool.js';

/** The lesson reader's words (text, check questions, search) and `netlearn lesson`'s. */
const words = defineWords({
  title: 'Lesson',
  help: {
    summary: 'Print one lesson as plain text',
    options: {},
    examples: ['netlearn lesson ipv4', 'netlearn lesson socket --lang es'],
  },
  reader: {
    position: (p: { index: number; total: number }) => `lesson ${p.index} of ${p.total}`,
    endHint: (p: { count: number }) =>
      `End of the lesson. Press Enter for the ${p.count === 1 ? 'check question' : `${p.count} check questions`}.`,
    done: 'done',
  },
  quiz: {
    heading: (p: { index: number; total: number }) => `Question ${p.index} of ${p.total}`,
    right: 'Right!',
    wrong: (p: { answer: string }) => `Not quite. The right answer: ${p.answer}`,
    allRight: 'Every question answered right: lesson done.',
    summary: (p: { right: number; total: number; done: boolean }) =>
      `${p.right} of ${p.total} right on the first try. ` +
      (p.done ? 'Lesson done: n for the next lesson.' : 'r: retry the ones you missed · n: next lesson.'),
    // The same on the last lesson, which has no next one to offer.
    summaryLast: (p: { right: number; total: number; done: boolean }) =>
      `${p.right} of ${p.total} right on the first try. ` +
      (p.done ? 'Lesson done, and it was the last one.' : 'Press r to retry the ones you missed.'),
    doneRule: 'A lesson counts as done once every one of its questions is answered right.',
  },
  search: {
    prompt: 'Search all lessons:',
    none: 'No lesson holds that yet.',
    count: (p: { count: number }) => (p.count === 1 ? '1 match' : `${p.count} matches`),
    typeMore: 'Type a word to search every lesson.',
  },
  keys: {
    scroll: 'scroll',
    page: 'page',
    ends: 'top/end',
    next: 'next',
    previous: 'previous',
    search: 'search',
    tryIt: 'try it',
    questions: 'questions',
    choose: 'choose',
    answer: 'answer',
    question: 'question',
    retry: 'retry missed',
    text: 'text',
    jump: 'go',
    close: 'close',
  },
  plain: {
    questions: 'Check questions',
  },
});

export type LessonWords = typeof words;
export default words;
