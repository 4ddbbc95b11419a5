import { useEffect, useRef, useState } from 'react';
import type { RosterEntry } from '../../../core/class/roster.js';
import type { StudentRun } from '../../../core/class/student-run.js';
import type { GradebookProblem } from '../../../store/gradebook-error.js';
import type { ClassSummary, Gradebook } from '../../../store/gradebook.js';
import type { ClassSources } from './sources.js';
import { sweepIntoGradebook, type SweepOptions } from './sweep-class.js';

/** A gradebook that could not be opened or read: the problem, for the screen to say. */
export interface BookProblem {
  problem: GradebookProblem;
  path: string;
  subject?: string;
}

export interface ClassBook {
  problem?: BookProblem;
  classes: ClassSummary[];
  students: RosterEntry[];
  /** Each student's latest run, kept as sweeps record them. */
  runs: ReadonlyMap<string, StudentRun>;
  /** Students of the sweep in progress not yet finished, and those being checked now. */
  waiting: ReadonlySet<string>;
  checking: ReadonlySet<string>;
  sweeping: boolean;
  /** Sweeps everyone, or the students given. */
  sweep: (only?: readonly string[]) => void;
}

function asProblem(error: unknown): BookProblem {
  if (error instanceof Error && error.name === 'GradebookError') return error as unknown as BookProblem;
  throw error;
}

/**
 * The class screen's gradebook: opened once for the screen's life, read at the start, and written
 * by sweeps that report each student as they end. Leaving the screen stops the sweep and closes it.
 */
export default function useClassBook(
  sources: ClassSources,
  path: string,
  className: string | undefined,
  options: SweepOptions,
): ClassBook {
  const book = useRef<Gradebook | undefined>(undefined);
  const [problem, setProblem] = useState<BookProblem | undefined>(undefined);
  const [classes, setClasses] = useState<ClassSummary[]>([]);
  const [students, setStudents] = useState<RosterEntry[]>([]);
  const [runs, setRuns] = useState<ReadonlyMap<string, StudentRun>>(new Map());
  const [waiting, setWaiting] = useState<ReadonlySet<string>>(new Set());
  const [checking, setChecking] = useState<ReadonlySet<string>>(new Set());
  const [sweeping, setSweeping] = useState(false);
  const left = useRef(false);

  useEffect(() => {
    left.current = false;
    try {
      book.current = sources.openGradebook(path);
      setClasses(book.current.classes());
    } catch (error) {
      setProblem(asProblem(error));
    }
    return () => {
      left.current = true;
      book.current?.close();
      book.current = undefined;
    };
  }, [sources, path]);

  useEffect(() => {
    if (!book.current || className === undefined) return;
    try {
      setStudents(book.current.students(className));
      setRuns(book.current.latestRuns(className));
    } catch (error) {
      setProblem(asProblem(error));
    }
  }, [className]);

  const sweep = (only?: readonly string[]) => {
    const opened = book.current;
    if (!opened || className === undefined || sweeping) return;
    setSweeping(true);
    setWaiting(new Set(only ?? students.map((student) => student.studentId)));
    const without = (set: ReadonlySet<string>, id: string) => new Set([...set].filter((entry) => entry !== id));
    sweepIntoGradebook(
      opened,
      className,
      options,
      sources,
      {
        started: (student) => setChecking((now) => new Set(now).add(student.studentId)),
        recorded: (student, run) => {
          setRuns((now) => new Map(now).set(student.studentId, run));
          setChecking((now) => without(now, student.studentId));
          setWaiting((now) => without(now, student.studentId));
        },
      },
      () => left.current,
      only,
    )
      .catch((error: unknown) => {
        if (!left.current) setProblem(asProblem(error));
      })
      .finally(() => {
        if (left.current) return;
        setSweeping(false);
        setWaiting(new Set());
        setChecking(new Set());
      });
  };

  return { problem, classes, students, runs, waiting, checking, sweeping, sweep };
}
