import type { Op } from '../../core/race-steps.js';

/** One line of the Python shown beside the replay, and the step it runs (if any). */
export interface CodeLine {
  text: string;
  ops: readonly Op[];
}

/** The function each thread runs, as a learner would write it; comments in the user's language. */
export function pythonCode(locked: boolean, comments: { read: string; add: string; write: string }): CodeLine[] {
  const inner = locked ? '        ' : '    ';
  return [
    { text: 'def add_one():', ops: [] },
    { text: '    global count', ops: [] },
    ...(locked ? [{ text: '    with lock:', ops: ['acquire', 'release'] as Op[] }] : []),
    { text: `${inner}value = count       ${comments.read}`, ops: ['read'] },
    { text: `${inner}value = value + 1   ${comments.add}`, ops: ['add'] },
    { text: `${inner}count = value       ${comments.write}`, ops: ['write'] },
  ];
}
