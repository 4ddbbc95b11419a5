import { defineWords } from '../tool.js';
import slow from './slow-race-words.en.js';

const count = (n: number) => n.toLocaleString('en-US');

/** The threads lab's words: its command, its screen (the slow motion's in slow-race-words), its help. */
const words = defineWords({
  title: 'Threads and locks',
  hint: 'Lost updates without a lock',
  help: {
    summary: 'Worker threads racing on a shared counter, without and with a lock',
    options: { workers: 'How many threads (default 4)', increments: 'How many additions per thread (default 100000)' },
    examples: ['netlearn threads', 'netlearn threads --workers 8 --increments 50000'],
  },
  setup: (p: { workers: number; increments: number; expected: number }) =>
    `${p.workers} ${p.workers === 1 ? 'thread' : 'threads'} × ${count(p.increments)} ${p.increments === 1 ? 'addition' : 'additions'} to one shared counter = ${count(p.expected)} expected`,
  withoutLock: 'Without a lock',
  withLock: 'With a lock',
  got: (p: { result: number }) => `got ${count(p.result)}`,
  lost: (p: { lost: number; percent: number }) => `lost ${count(p.lost)} (${p.percent}%)`,
  exact: 'exact',
  lucky: 'none lost: lucky',
  ms: (p: { ms: number }) => `${p.ms} ms`,
  noLossThisTime:
    'This time no addition was lost: the threads barely overlapped. Run it again, or raise --increments so they run side by side for longer.',
  luckyRun:
    'This run got lucky: no addition was lost, because the threads barely overlapped. On a busy machine, or on one CPU, ' +
    'each thread often finishes its share before the OS switches to another, so no read-add-write is cut in half. ' +
    'The race is still there: run it again, or count several runs.',
  tally: (p: { lossy: number; runs: number }) =>
    p.lossy === 0
      ? `None of ${p.runs} ${p.runs === 1 ? 'run' : 'runs'} without a lock lost an addition: the threads never overlapped long enough. Try more runs.`
      : `In ${p.lossy} of ${p.runs} ${p.runs === 1 ? 'run' : 'runs'} without a lock, additions were lost.`,
  why:
    '"counter = counter + 1" is three steps: read, add, write. Two threads that read the same value both write value + 1, and one addition vanishes. ' +
    'The lock lets one thread at a time through all three steps: exact, but slower.',
  lesson:
    'Node serves many sockets from one thread with an event loop, so its callbacks never race like this; ' +
    'a Python chat often runs a thread per client, and then needs a lock around shared state such as the list of clients.',
  slow,
  running: 'Running…',
  screen: {
    worker: (p: { index: number }) => `thread ${p.index}`,
    counter: 'Counter',
    runAgain: 'run again',
    countRuns: (p: { runs: number }) => `count ${p.runs} runs`,
    counting: (p: { done: number; total: number }) => `Run ${p.done} of ${p.total} without a lock…`,
    waiting: 'waiting',
  },
});

export type ThreadsWords = typeof words;
export default words;
