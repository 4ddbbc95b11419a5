import { parseProfile } from '../../../core/check/profile.js';
import type { ServerCheckId } from '../../../core/check/checks.js';
import type { RosterEntry } from '../../../core/class/roster.js';
import { studentRun, type StudentRun } from '../../../core/class/student-run.js';
import type { Gradebook } from '../../../store/gradebook.js';
import type { ClassSources } from './sources.js';

/** How a sweep checks each server: the checks, each wait's limit, strictness, and how many at once. */
export interface SweepOptions {
  ids: readonly ServerCheckId[];
  timeoutMs: number;
  strict: boolean;
  parallel: number;
}

/** A student's whole run may take this long: a dozen checks, one of them an 8 MiB flood, on a busy laptop. */
const deadlineMs = 180_000;

export interface SweepProgress {
  started?: (student: RosterEntry) => void;
  recorded?: (student: RosterEntry, run: StudentRun) => void;
}

/**
 * Sweeps a class (or the students given) into the gradebook: one sweep, each student's run recorded
 * the moment it ends, so a sweep killed half-way keeps everyone who finished. Ends the sweep only if
 * it was not stopped.
 */
export async function sweepIntoGradebook(
  book: Gradebook,
  className: string,
  options: SweepOptions,
  sources: Pick<ClassSources, 'sweep' | 'now'>,
  progress: SweepProgress = {},
  stopped: () => boolean = () => false,
  only?: readonly string[],
): Promise<void> {
  const info = book.classInfo(className);
  const profile = info.profile === null ? undefined : parseProfile(info.profile);
  const students = book.students(className).filter((student) => !only || only.includes(student.studentId));
  const byId = new Map(students.map((student) => [student.studentId, student]));
  const sweepId = book.startSweep(className, sources.now());
  const { ids, timeoutMs, strict, parallel } = options;
  await sources.sweep(
    students,
    { ids, timeoutMs, strict, profile, parallel, deadlineMs },
    {
      started: (id) => progress.started?.(byId.get(id)!),
      finished: (id, run, late) => {
        const recorded = studentRun(id, run, { ids, profile }, late, sources.now());
        book.recordRun(sweepId, recorded);
        progress.recorded?.(byId.get(id)!, recorded);
      },
    },
    stopped,
  );
  if (!stopped()) book.finishSweep(sweepId, sources.now());
}
