import { InputError } from '../../core/input-error.js';
import type { CommandContext } from '../tool.js';
import type { ExamTool } from './entry.js';
import gradeCommand from './grade-command.js';
import keyCommand from './key-command.js';
import newCommand from './new-command.js';
import takeCommand from './take-command.js';

const actions = { new: newCommand, take: takeCommand, grade: gradeCommand, key: keyCommand } as const;

/** `netlearn exam new|take|grade|key`: one verb a file, chosen by the first operand. */
export default async function run(ctx: CommandContext<ExamTool>): Promise<number> {
  const verb = ctx.args[0] ?? '';
  if (!Object.hasOwn(actions, verb)) throw new InputError('exam-action-unknown', { part: verb });
  return actions[verb as keyof typeof actions](ctx);
}
