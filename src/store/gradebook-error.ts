/** What can go wrong with the gradebook's file, each with a sentence in the user's language. */
export type GradebookProblem =
  'corrupt' | 'locked' | 'unwritable' | 'newer' | 'class-exists' | 'class-unknown' | 'student-unknown';

/** A gradebook the command cannot use: the file, and what is wrong with it. */
export class GradebookError extends Error {
  constructor(
    readonly problem: GradebookProblem,
    readonly path: string,
    readonly subject?: string,
  ) {
    super(`gradebook ${problem}: ${subject ?? path}`);
    this.name = 'GradebookError';
  }
}

/** SQLite's error codes (better-sqlite3 puts them in `code`) as the problem the user is told of. */
export function gradebookProblem(error: unknown): GradebookProblem | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_FULL')
    return 'unwritable';
  return undefined;
}
