/**
 * The race in slow motion: two threads each run `count = count + 1` as its three real steps (read,
 * add, write), optionally inside `with lock:`, in an order the OS might pick. Pure, so the screen
 * replays it one step per key and the tests try every order.
 */

export type Op = 'acquire' | 'read' | 'add' | 'write' | 'release';
export type ThreadId = 0 | 1;

/** What each thread runs, in order. */
export const program = (locked: boolean): readonly Op[] =>
  locked ? ['acquire', 'read', 'add', 'write', 'release'] : ['read', 'add', 'write'];

export interface Step {
  thread: ThreadId;
  op: Op;
  /** The thread asked for the lock while the other held it: it waits, nothing else moves. */
  waits: boolean;
  /** The shared counter after this step. */
  count: number;
  /** Each thread's own `value` after this step (undefined until it has read). */
  values: readonly [number | undefined, number | undefined];
  /** Who holds the lock after this step. */
  holder: ThreadId | undefined;
  /** Set on a write that wiped out the other thread's update: whose update was lost. */
  overwrote?: ThreadId;
  /** The step runs on a different thread than the one before: the OS switched. */
  switched: boolean;
}

/** The order the screen shows: both read before either writes, so one update is lost. */
export const racyOrder: readonly ThreadId[] = [0, 1, 0, 0, 1, 1];
/** With the lock, the same start: B asks for the lock while A holds it, and waits. */
export const lockedOrder: readonly ThreadId[] = [0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1];

/**
 * Plays `order` (which thread the OS runs next, one step each) to the end. A turn given to a thread
 * that has finished is skipped, and so is a second wait in a row; when the order runs out, the
 * threads finish, the one that can move going first.
 */
export function playRace(order: readonly ThreadId[], locked: boolean): Step[] {
  const ops = program(locked);
  const pc = [0, 0];
  const values: [number | undefined, number | undefined] = [undefined, undefined];
  /** The other thread wrote after this one read: this one's write will wipe that update out. */
  const stale: [boolean, boolean] = [false, false];
  let count = 0;
  let holder: ThreadId | undefined;
  const steps: Step[] = [];
  const finished = (thread: ThreadId) => pc[thread]! >= ops.length;
  const blocked = (thread: ThreadId) => ops[pc[thread]!] === 'acquire' && holder !== undefined && holder !== thread;

  const run = (thread: ThreadId) => {
    const other: ThreadId = thread === 0 ? 1 : 0;
    const op = ops[pc[thread]!]!;
    const waits = blocked(thread);
    const last = steps.at(-1);
    if (waits && last?.thread === thread && last.waits) return;
    let overwrote: ThreadId | undefined;
    if (!waits) {
      pc[thread]! += 1;
      if (op === 'acquire') holder = thread;
      if (op === 'release') holder = undefined;
      if (op === 'read') {
        values[thread] = count;
        stale[thread] = false;
      }
      if (op === 'add') values[thread] = values[thread]! + 1;
      if (op === 'write') {
        if (stale[thread]) overwrote = other;
        count = values[thread]!;
        stale[other] = true;
      }
    }
    steps.push({
      thread,
      op,
      waits,
      count,
      values: [values[0], values[1]],
      holder,
      overwrote,
      switched: last !== undefined && last.thread !== thread,
    });
  };

  for (const thread of order) if (!finished(thread)) run(thread);
  while (!finished(0) || !finished(1)) {
    const current = steps.at(-1)?.thread ?? 0;
    const candidates: ThreadId[] = current === 0 ? [0, 1] : [1, 0];
    run(candidates.find((thread) => !finished(thread) && !blocked(thread))!);
  }
  return steps;
}
