import type { Gradebook } from '../../../store/gradebook.js';
import type { CommandContext } from '../../tool.js';
import type { ClassTool } from './entry.js';

/** GradebookError by name, not instanceof: each command file is bundled with its own copy. */
function problemOf(error: unknown): { problem: string; path: string; subject?: string } | undefined {
  if (!(error instanceof Error) || error.name !== 'GradebookError') return undefined;
  return error as unknown as { problem: string; path: string; subject?: string };
}

/** Problems with what the user typed (a class name), not with the file: exit 2. */
const typed = new Set(['class-exists', 'class-unknown', 'student-unknown']);

/**
 * Opens the gradebook, runs `body`, closes it; a gradebook that cannot be used is one clear line
 * and a way out (`--db`), never a stack trace.
 */
export async function withGradebook(
  ctx: CommandContext<ClassTool>,
  body: (book: Gradebook) => Promise<number> | number,
): Promise<number> {
  const { words, sources } = ctx;
  const path = sources.gradebookPath(ctx.flags.db);
  let book: Gradebook | undefined;
  try {
    book = sources.openGradebook(path);
    return await body(book);
  } catch (error) {
    const found = problemOf(error);
    if (!found) throw error;
    const subject = found.subject ?? '';
    let known = '';
    try {
      known =
        book
          ?.classes()
          .map((info) => info.name)
          .join(', ') ?? '';
    } catch {
      // The list is a courtesy: a broken file says its own problem.
    }
    const say = words.errors[found.problem as keyof typeof words.errors] as (p: Record<string, string>) => string;
    ctx.stderr.write(`${ctx.t.cli.prefix} ${say({ path: found.path, subject, known })}\n`);
    return typed.has(found.problem) ? 2 : 1;
  } finally {
    book?.close();
  }
}
