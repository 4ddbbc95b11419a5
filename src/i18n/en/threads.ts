import slow from './slow-race.js';
import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

const count = (n: number) => n.toLocaleString('en-US');

/** The threads lab: command output, screen and the errors of its options. */
const threads = {
  setup: (p: { workers: number; increments: number; expected: number }) =>
    `${p.workers} ${p.workers === 1 ? 'thread' : 'threads'} × ${count(p.increments)} ${p.increments === 1 ? 'addition' : 'additions'} to one shared counter = ${count(p.expected)} expected`,
  withoutLock: 'Without a lock',
  withLock: 'With a lock',
  got: (p: { result: number }) => `got ${count(p.result)}`,
  lost: (p: { lost: number; percent: number }) => `lost ${count(p.lost)} (${p.percent}%)`,
  exact: 'exact',
  ms: (p: { ms: number }) => `${p.ms} ms`,
  noLossThisTime:
    'This time no addition was lost: the threads barely overlapped. Run it again, or raise --increments so they run side by side for longer.',
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
    waiting: 'waiting',
  },
  inputErrors: {
    'threads-workers-not-integer': (d: InputErrorDetails) =>
      `--workers "${d.part}" is not a whole number; write one from 1 to ${d.max}, for example 4.`,
    'threads-workers-too-small': (d: InputErrorDetails) =>
      `--workers ${d.part}: at least one thread is needed (1 to ${d.max}).`,
    'threads-workers-too-large': (d: InputErrorDetails) =>
      `--workers ${d.part} is too many; this lab runs 1 to ${d.max} threads.`,
    'threads-increments-not-integer': (d: InputErrorDetails) =>
      `--increments "${d.part}" is not a whole number; write one from 1 to ${count(Number(d.max))}, for example 100000.`,
    'threads-increments-too-small': (d: InputErrorDetails) =>
      `--increments ${d.part}: each thread must add at least once.`,
    'threads-increments-too-large': (d: InputErrorDetails) =>
      `--increments ${d.part} is too many; at most ${count(Number(d.max))} per thread, so the locked run ends in seconds.`,
  } satisfies AreaInputErrors,
};

export default threads;
