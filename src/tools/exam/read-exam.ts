import { examMaxBytes, parseExamFile, type ExamSpec } from '../../core/exam/exam-spec.js';
import { InputError } from '../../core/input-error.js';
import type { CommandContext } from '../tool.js';
import type { ExamTool } from './entry.js';

/** Reads and checks a file named on the command line: the exam (`max` of its own for a codes file). */
export function readOperand(ctx: CommandContext<ExamTool>, path: string | undefined, max: number): string {
  if (path === undefined || path === '') throw new InputError('exam-file-unreadable', { part: '', code: 'ENOENT' });
  return ctx.sources.readText(path, max);
}

export function readExam(ctx: CommandContext<ExamTool>, path: string | undefined): ExamSpec {
  return parseExamFile(readOperand(ctx, path, examMaxBytes));
}
