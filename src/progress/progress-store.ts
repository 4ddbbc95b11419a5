import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { emptyProgress, progressFromJson, type Progress } from './progress-data.js';
import type { ProgressProblem } from './progress-problem.js';

export type { ProgressProblem };

export interface ProgressStore {
  /** Where progress is kept. */
  readonly file: string;
  get: () => Progress;
  /**
   * Changes progress. The first change after a quiet second is written at once; the rest of a burst
   * (scroll keys) is written together a second after the last write, so one write a second at most.
   */
  update: (change: (progress: Progress) => Progress) => void;
  /** Writes a change still waiting for its turn, now: the app calls it when it closes. */
  flush: () => void;
  /** Calls back after every change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** The last problem met, if any: shown once as a one-line warning. */
  problem: () => ProgressProblem | undefined;
}

/** progress.json in netlearn's config folder; XDG_CONFIG_HOME wins when set, on every system. */
export function progressFile(env: NodeJS.ProcessEnv): string {
  const folder = env.XDG_CONFIG_HOME
    ? join(env.XDG_CONFIG_HOME, 'netlearn')
    : envPaths('netlearn', { suffix: '' }).config;
  return join(folder, 'progress.json');
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * Reads progress. A missing file is a fresh start. A damaged one is a fresh start too, and is moved
 * aside (`progress.json.corrupt-<time>`) when `moveAside` is set, so nothing the learner had is lost.
 */
export function readProgress(
  file: string,
  options: { moveAside: boolean; now?: Date; lessonIds: readonly string[] },
): { progress: Progress; problem?: ProgressProblem } {
  let text: string | undefined;
  try {
    // Non-blocking: a named pipe there would otherwise block the open until someone writes to it.
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { progress: emptyProgress(), problem: { kind: 'not-a-file', file } };
      // Sized before it is read: a huge file is refused as damaged, not parsed into gigabytes.
      if (stat.size <= maxProgressBytes) text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { progress: emptyProgress() };
    if (code === 'EISDIR') return { progress: emptyProgress(), problem: { kind: 'not-a-file', file } };
    return { progress: emptyProgress(), problem: { kind: 'unreadable', file, reason: reasonOf(error) } };
  }
  const tooBig = text === undefined;
  let progress: Progress | undefined;
  try {
    progress = text === undefined ? undefined : progressFromJson(JSON.parse(text), options.lessonIds);
  } catch {
    progress = undefined;
  }
  if (progress) return { progress };
  const corrupt = { kind: 'corrupt' as const, file, ...(tooBig ? { tooBig } : {}) };
  if (!options.moveAside) return { progress: emptyProgress(), problem: corrupt };
  const stamp = (options.now ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const movedTo = `${file}.corrupt-${stamp}`;
  try {
    renameSync(file, movedTo);
    return { progress: emptyProgress(), problem: { ...corrupt, movedTo } };
  } catch {
    return { progress: emptyProgress(), problem: corrupt };
  }
}

/** Progress is a few kilobytes; a file past this is damaged or not ours, and is not read. */
const maxProgressBytes = 1024 * 1024;

/**
 * Writes the whole file to a temporary name beside it, then renames: a crash never leaves half a
 * file. The temporary name is random and created exclusively, never through a symlink, so nothing
 * planted there can redirect the write; the file keeps its mode; the data is on disk (fsync) before
 * the rename, so a power cut leaves the old file or the new one, never an empty one.
 */
export function writeProgress(file: string, progress: Progress): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  let mode = 0o600;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    // no file yet: private by default
  }
  const temporary = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  // 'wx' and no symlink followed: O_CREAT | O_EXCL fails on anything already there.
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  const fd = openSync(temporary, flags, mode);
  let open = true;
  try {
    writeFileSync(fd, `${JSON.stringify(progress, null, 2)}\n`);
    fchmodSync(fd, mode); // the umask may have narrowed it
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    renameSync(temporary, file);
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(folder);
}

/** The rename itself reaches the disk when the folder is synced (where the system allows it). */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not every system lets a folder be opened or synced
  }
}

/** The least time between two writes of the progress file: a crash loses at most this much. */
const saveInterval = 1000;

/** How the store saves; tests shorten the wait or count the writes. */
export interface SaveOptions {
  /** The least time between two writes, in milliseconds. */
  interval?: number;
  /** Writes the whole file; by default atomically, to a temporary file then renamed. */
  write?: (file: string, progress: Progress) => void;
}

interface StoreOptions extends SaveOptions {
  save: boolean;
  problem?: ProgressProblem;
}

/** Progress that lives in memory and is saved to `file` at most once a second, when it can be. */
function createProgressStore(file: string, initial: Progress, options: StoreOptions): ProgressStore {
  const { interval = saveInterval, write = writeProgress } = options;
  let progress = initial;
  let saving = options.save;
  let problem = options.problem;
  let lastSaved = JSON.stringify(initial);
  let lastWrite = -Infinity;
  let pending: NodeJS.Timeout | undefined;
  const listeners = new Set<() => void>();

  const flush = () => {
    if (pending) {
      clearTimeout(pending);
      pending = undefined;
      process.off('exit', flush);
    }
    const text = JSON.stringify(progress);
    if (!saving || text === lastSaved) return;
    lastWrite = Date.now();
    try {
      write(file, progress);
      lastSaved = text;
    } catch (error) {
      // Keep going without saving: losing progress beats losing the lesson.
      saving = false;
      problem = { kind: 'unwritable', file, reason: reasonOf(error) };
    }
  };

  const schedule = () => {
    if (pending || !saving) return;
    const wait = lastWrite + interval - Date.now();
    if (wait <= 0) {
      flush();
      return;
    }
    pending = setTimeout(flush, wait);
    // The timer must not keep a finished app alive; the exit hook writes what it was waiting for.
    pending.unref();
    process.once('exit', flush);
  };

  return {
    file,
    get: () => progress,
    update(change) {
      progress = change(progress);
      schedule();
      for (const listener of listeners) listener();
    },
    flush,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    problem: () => problem,
  };
}

/**
 * Opens the learner's progress for the TUI: read, damaged file moved aside, saved as it changes.
 * `lessonIds` are the lessons whose marks are kept.
 */
export function openProgressStore(
  env: NodeJS.ProcessEnv,
  options: SaveOptions & { lessonIds: readonly string[] },
): ProgressStore {
  const file = progressFile(env);
  const { lessonIds } = options;
  const { progress, problem } = readProgress(file, { moveAside: true, lessonIds });
  // A file we could not read must not be overwritten with an empty one.
  return createProgressStore(file, progress, {
    ...options,
    save: problem?.kind !== 'unreadable' && problem?.kind !== 'not-a-file',
    problem,
  });
}

/** Progress that is never saved: tests, and screens rendered without the app's store. */
export function memoryProgressStore(initial: Progress = emptyProgress()): ProgressStore {
  return createProgressStore('', initial, { save: false });
}
