import { closest } from '../../../core/closest.js';
import { parseClassName } from '../../../core/class/options.js';
import { InputError } from '../../../core/input-error.js';
import type { CommandContext } from '../../tool.js';
import type { ClassTool } from './entry.js';
import exportClass from './export-command.js';
import { localTime } from './comments.js';
import { withGradebook } from './gradebook-use.js';
import history from './history-command.js';
import init from './init-command.js';
import sweep from './sweep-command.js';

const verbs = { init, sweep, history, export: exportClass } as const;
type Verb = keyof typeof verbs | 'list';

/** `netlearn class list` (and `netlearn class` piped): each class, its students and its last sweep. */
function list(ctx: CommandContext<ClassTool>): Promise<number> {
  return withGradebook(ctx, (book) => {
    const { words, stdout } = ctx;
    const classes = book.classes();
    for (const info of classes) {
      const { name, students: count, sweeps, lastSweep } = info;
      if (ctx.json) stdout.write(JSON.stringify({ type: 'class', ...info }) + '\n');
      else
        stdout.write(
          words.plain.classLine({
            name,
            count,
            sweeps,
            last: lastSweep ? localTime(lastSweep) : words.plain.neverSwept,
          }) + '\n',
        );
    }
    if (classes.length === 0 && !ctx.json) stdout.write(words.plain.noClasses + '\n');
    return 0;
  });
}

/**
 * `netlearn class <verb> [name] [student]`: a teacher's class. On a terminal with no verb, the class
 * screen; piped with none, the list of classes.
 */
export default async function run(ctx: CommandContext<ClassTool>): Promise<number> {
  const [verbText, nameText] = ctx.args;
  if (verbText === undefined) {
    if (ctx.interactive && !ctx.json) {
      await ctx.openScreen({ dbPath: ctx.flags.db });
      return 0;
    }
    return list(ctx);
  }
  const choices = [...Object.keys(verbs), 'list'];
  const verb = verbText.toLowerCase() as Verb;
  if (!choices.includes(verb))
    throw new InputError('class-verb-unknown', { part: verbText, closest: closest(verbText, choices) });
  if (verb === 'list') return list(ctx);
  if (nameText === undefined) throw new InputError('class-name-missing', { part: verb });
  return verbs[verb](ctx, parseClassName(nameText));
}
