import type { Gradebook } from '../../../store/gradebook.js';
import type { CommandContext } from '../../tool.js';
import { withGradebook as opened } from '../../with-gradebook.js';
import type { ClassTool } from './entry.js';

/** The class's gradebook (`--db`, else the data folder's), for the length of `body`. */
export function withGradebook(
  ctx: CommandContext<ClassTool>,
  body: (book: Gradebook) => Promise<number> | number,
): Promise<number> {
  const path = ctx.sources.gradebookPath(ctx.flags.db);
  return opened(ctx, () => ctx.sources.openGradebook(path), body);
}
