import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

/** Lessons: the list, the reader, check questions, saved progress, and the plain commands. */
const lessons = {
  list: {
    heading: 'Lessons',
    doneCount: (p: { done: number; total: number }) => `${p.done} of ${p.total} done`,
    reading: 'reading',
    resetQuestion: 'Forget every done mark and answer? y/n',
    resetDone: 'Progress cleared.',
  },
  reader: {
    title: 'Lesson',
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
    summary: (p: { right: number; total: number }) =>
      `${p.right} of ${p.total} right. ` +
      (p.right === p.total ? 'Lesson done: n for the next lesson.' : 'r: retry the ones you missed · n: next lesson.'),
    // The same on the last lesson, which has no next one to offer.
    summaryLast: (p: { right: number; total: number }) =>
      `${p.right} of ${p.total} right. ` +
      (p.right === p.total ? 'Lesson done, and it was the last one.' : 'Press r to retry the ones you missed.'),
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
    reset: 'reset',
    yes: 'yes',
    no: 'no',
  },
  progress: {
    prefix: 'netlearn: warning:',
    corrupt: (p: { movedTo?: string; tooBig?: boolean }) =>
      p.tooBig
        ? `Saved progress is over 1 MiB, far more than progress ever takes, so it was not read` +
          (p.movedTo ? `; moved aside to ${p.movedTo}. Starting fresh.` : '.')
        : p.movedTo
          ? `Saved progress was damaged; moved aside to ${p.movedTo}. Starting fresh.`
          : 'Saved progress is damaged and was ignored.',
    unreadable: (p: { file: string; reason: string }) =>
      `Cannot read ${p.file} (${p.reason}); progress will not be saved.`,
    unwritable: (p: { file: string; reason: string }) =>
      `Cannot save progress to ${p.file} (${p.reason}); carrying on without saving.`,
  },
  plain: {
    questions: 'Check questions',
  },
  inputErrors: {
    'lesson-unknown': (d: InputErrorDetails) =>
      `there is no lesson "${d.part}".${d.suggestion ? ` Did you mean ${d.suggestion}?` : ''} Lessons: ${(d.known as readonly string[]).join(', ')}.`,
  } satisfies AreaInputErrors,
};

export default lessons;
