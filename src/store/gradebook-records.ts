/** The records the gradebook hands out (src/store/gradebook.ts), and the row it reads a run from. */
export interface ClassInfo {
  name: string;
  /** The port a roster line without one gets. */
  port: number;
  /** The assignment's profile, as YAML text; null for netlearn's own chat. */
  profile: string | null;
  createdAt: string;
}

/** A class as a list of classes shows it: how many students, how many sweeps, the last one. */
export interface ClassSummary extends ClassInfo {
  students: number;
  sweeps: number;
  lastSweep: string | null;
}

export interface SweepInfo {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  runs: number;
}

/** When a student's server first passed a check. */
export interface FirstPass {
  studentId: string;
  checkId: string;
  at: string;
}

export interface RunRow {
  student_id: string;
  judgement: string;
  score: number;
  max_score: number;
  late: number;
  finished_at: string;
  id: number;
}
