import type { Dictionary } from '../i18n/index.js';
import type { ProgressProblem } from './progress-problem.js';

/** The one-line warning for a progress problem, in the learner's language. */
export function progressWarning(problem: ProgressProblem, t: Dictionary): string {
  switch (problem.kind) {
    case 'corrupt':
      return t.progress.corrupt({ movedTo: problem.movedTo, tooBig: problem.tooBig });
    case 'unreadable':
      return t.progress.unreadable(problem);
    case 'not-a-file':
      return t.progress.notAFile(problem);
    case 'unwritable':
      return t.progress.unwritable(problem);
  }
}

/** The warning as a line for stderr, after the program's name ("netlearn: warning: ..."). */
export function progressWarningLine(problem: ProgressProblem, t: Dictionary): string {
  return `${t.progress.prefix} ${progressWarning(problem, t)}\n`;
}
