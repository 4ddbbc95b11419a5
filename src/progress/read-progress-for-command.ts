import type { Dictionary } from '../i18n/index.js';
import type { Progress } from './progress-data.js';
import { progressFile, readProgress } from './progress-store.js';
import { progressWarningLine } from './progress-warning.js';

/**
 * Progress for a plain command: read only, never written or moved (the TUI owns the file); a
 * problem becomes one warning line on stderr. Marks of lessons not among `lessonIds` are dropped.
 */
export function readProgressForCommand(
  env: NodeJS.ProcessEnv,
  stderr: NodeJS.WritableStream,
  t: Dictionary,
  lessonIds: readonly string[],
): Progress {
  const { progress, problem } = readProgress(progressFile(env), { moveAside: false, lessonIds });
  if (problem) stderr.write(progressWarningLine(problem, t));
  return progress;
}
