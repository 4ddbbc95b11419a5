import type { InputError } from '../core/input-error.js';
import { describeInputError } from '../i18n/index.js';
import type { CommandContext } from './tool.js';

/** Bad stdin lines named on stderr before the rest are only counted: a flood of them stays readable. */
const namedLines = 20;

/**
 * The bad lines of a command that reads one input per line of stdin (`ip -`, `subnet -`,
 * `aggregate`): the first 20 are named with their message, all are counted, and `finish` says how
 * many of how many.
 */
export class BadLines {
  bad = 0;
  total = 0;

  constructor(private readonly ctx: Pick<CommandContext, 'stderr' | 't'>) {}

  /** Records a bad line; returns its message (for --json), having named it on stderr if among the first. */
  add(line: number, error: InputError): string {
    const { stderr, t } = this.ctx;
    this.bad++;
    const message = describeInputError(error, t);
    if (this.bad <= namedLines) stderr.write(`${t.cli.prefix} ${t.subnet.v6.lineError({ line, message })}\n`);
    return message;
  }

  /** The count of bad lines, if any; the exit code (2 when any line was bad). */
  finish(): number {
    const { stderr, t } = this.ctx;
    if (this.bad === 0) return 0;
    const named = Math.min(this.bad, namedLines);
    stderr.write(`${t.cli.prefix} ${t.subnet.v6.badLines({ bad: this.bad, total: this.total, named })}\n`);
    return 2;
  }
}
