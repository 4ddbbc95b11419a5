/** The threads screen's slow motion: two threads, one counter, one step per key. */
const slowRace = {
  title: 'Slow motion: two threads each add 1 to count',
  withoutLock: 'without a lock',
  withLock: 'with lock:',
  thread: (p: { name: string }) => `thread ${p.name}`,
  holds: 'holds the lock',
  waiting: 'waiting for the lock',
  lostMark: (p: { name: string }) => `✗ ${p.name}'s update lost`,
  step: (p: { step: number; total: number }) => `Step ${p.step} of ${p.total}`,
  comments: { read: '# read', add: '# add', write: '# write' },
  start:
    'count starts at 0. Two threads will each add 1 to it, so the answer should be 2. Press → to run one step; ' +
    'the highlighted line is the one that thread just ran.',
  switched: (p: { from: string; to: string }) => `The OS pauses ${p.from} and runs ${p.to}. `,
  notes: {
    read: (p: { name: string; value: number }) => `${p.name} reads count into its own variable: value = ${p.value}.`,
    add: (p: { name: string; value: number; count: number }) =>
      `${p.name} adds 1 to its own copy: value = ${p.value}. count in memory is still ${p.count}.`,
    write: (p: { name: string; count: number }) => `${p.name} writes its value into count: count = ${p.count}.`,
    overwrote: (p: { name: string; other: string; count: number }) =>
      `${p.name} writes ${p.count} into count, but ${p.other} had already written ${p.count}: ` +
      `${p.other}'s addition is overwritten.`,
    acquire: (p: { name: string }) => `${p.name} takes the lock: now only ${p.name} may run the three lines inside.`,
    waits: (p: { name: string; other: string }) =>
      `${p.name} reaches "with lock:", but ${p.other} holds the lock, so ${p.name} waits: it can't read count yet.`,
    release: (p: { name: string }) => `${p.name} leaves the with block, and the lock is free again.`,
  },
  doneRacy:
    'Both threads added 1, yet count = 1. No error, no warning: an update just vanished. ' +
    'Press l to replay it with the lock.',
  doneLocked:
    'count = 2: exact. B waited instead of reading a value A was about to change. ' +
    'Press f to see the same at full speed, thousands of times.',
  aside:
    'Under the hood: the full-speed run uses Node worker threads that share one number in a SharedArrayBuffer; ' +
    'its lock is built on Atomics.wait and Atomics.notify.',
  auto: (p: { seconds: number }) => `auto: a step every ${p.seconds} s`,
  keys: {
    next: 'step',
    back: 'back',
    auto: 'auto',
    pace: 'pace',
    lock: 'lock on/off',
    fast: 'full speed',
    slow: 'slow motion',
  },
};

export type SlowRaceWords = typeof slowRace;
export default slowRace;
