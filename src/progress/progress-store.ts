import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { emptyProgress, progressFromJson, type Progress } from './progress-data.js';

/** Something the learner should hear about their saved progress, as data; i18n words it. */
export type ProgressProblem =
  | { kind: 'corrupt'; file: string; movedTo?: string }
  | { kind: 'unreadable'; file: string; reason: string }
  | { kind: 'unwritable'; file: string; reason: string };

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
  options: { moveAside: boolean; now?: Date },
): { progress: Progress; problem?: ProgressProblem } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { progress: emptyProgress() };
    return { progress: emptyProgress(), problem: { kind: 'unreadable', file, reason: reasonOf(error) } };
  }
  let progress: Progress | undefined;
  try {
    progress = progressFromJson(JSON.parse(text));
  } catch {
    progress = undefined;
  }
  if (progress) return { progress };
  if (!options.moveAside) return { progress: emptyProgress(), problem: { kind: 'corrupt', file } };
  const stamp = (options.now ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const movedTo = `${file}.corrupt-${stamp}`;
  try {
    renameSync(file, movedTo);
    return { progress: emptyProgress(), problem: { kind: 'corrupt', file, movedTo } };
  } catch {
    return { progress: emptyProgress(), problem: { kind: 'corrupt', file } };
  }
}

/** Writes the whole file to a temporary name beside it, then renames: a crash never leaves half a file. */
export function writeProgress(file: string, progress: Progress): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(progress, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
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

/** Opens the learner's progress for the TUI: read, damaged file moved aside, saved as it changes. */
export function openProgressStore(env: NodeJS.ProcessEnv, options: SaveOptions = {}): ProgressStore {
  const file = progressFile(env);
  const { progress, problem } = readProgress(file, { moveAside: true });
  // A file we could not read must not be overwritten with an empty one.
  return createProgressStore(file, progress, { ...options, save: problem?.kind !== 'unreadable', problem });
}

/** Progress that is never saved: tests, and screens rendered without the app's store. */
export function memoryProgressStore(initial: Progress = emptyProgress()): ProgressStore {
  return createProgressStore('', initial, { save: false });
}
