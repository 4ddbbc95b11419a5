import type { CommandContext } from '../../tool.js';
import { localTime } from './comments.js';
import type { ClassTool } from './entry.js';
import { withGradebook } from './gradebook-use.js';

/** `netlearn class history NAME [STUDENT]`: when each check first passed, student by student. */
export default function history(ctx: CommandContext<ClassTool>, name: string): Promise<number> {
  const wanted = ctx.args[2];
  return withGradebook(ctx, (book) => {
    const { words, stdout } = ctx;
    const students = wanted === undefined ? book.students(name) : [book.student(name, wanted)];
    const passes = book.firstPasses(name, wanted);
    const lines: string[] = [];
    for (const student of students) {
      const own = passes.filter((pass) => pass.studentId === student.studentId);
      if (ctx.json) {
        for (const pass of own)
          lines.push(
            JSON.stringify({
              type: 'first-pass',
              studentId: student.studentId,
              name: student.name,
              check: pass.checkId,
              at: pass.at,
            }),
          );
        continue;
      }
      lines.push(words.plain.historyHead({ id: student.studentId, name: student.name }));
      if (own.length === 0) lines.push(words.plain.neverPassed);
      for (const pass of own) lines.push(words.plain.firstPassed({ check: pass.checkId, at: localTime(pass.at) }));
    }
    if (lines.length > 0) stdout.write(lines.join('\n') + '\n');
    return 0;
  });
}
