import type { GradebookProblem } from '../store/gradebook-error.js';
import type { Gradebook } from '../store/gradebook.js';
import type { CommandContext, ToolShape } from './tool.js';

/** GradebookError by name, not instanceof: each command file is bundled with its own copy. */
function gradebookProblemOf(error: unknown): { problem: GradebookProblem; path: string; subject?: string } | undefined {
  if (!(error instanceof Error) || error.name !== 'GradebookError') return undefined;
  return error as unknown as { problem: GradebookProblem; path: string; subject?: string };
}

/** Problems with what the user typed (a class name, a student id), not with the file: exit 2. */
const typed = new Set<GradebookProblem>(['class-exists', 'class-unknown', 'student-unknown']);

/**
 * Opens the gradebook at `path`, runs `body`, closes it; a gradebook that cannot be used (damaged,
 * busy, newer) or a class it does not have is one clear line with a way out, never a stack trace.
 */
export async function withGradebook<Shape extends ToolShape>(
  ctx: CommandContext<Shape>,
  open: () => Gradebook,
  body: (book: Gradebook) => Promise<number> | number,
): Promise<number> {
  let book: Gradebook | undefined;
  try {
    book = open();
    return await body(book);
  } catch (error) {
    const found = gradebookProblemOf(error);
    if (!found) throw error;
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
    const say = ctx.t.gradebook.problems[found.problem];
    ctx.stderr.write(`${ctx.t.cli.prefix} ${say({ path: found.path, subject: found.subject ?? '', known })}\n`);
    return typed.has(found.problem) ? 2 : 1;
  } finally {
    book?.close();
  }
}
