import { examCode } from '../../core/exam/exam-grade.js';
import { examQuestions, parseStudentId } from '../../core/exam/exam-questions.js';
import { InputError } from '../../core/input-error.js';
import { LineInput, stdinLineCap } from '../../output/line-input.js';
import type { CommandContext } from '../tool.js';
import { readExam } from './read-exam.js';
import type { ExamTool } from './entry.js';
import { minutesSeconds as clock } from '../../core/minutes-seconds.js';

/**
 * `netlearn exam take FILE --student ID`: on a terminal, the exam screen; piped, each question with
 * the time left, one answer a line from stdin, and the completion code at the end. An answer that
 * comes after the time limit does not count.
 */
export default async function takeCommand(ctx: CommandContext<ExamTool>): Promise<number> {
  const { args, flags, words, t, json, paint, stdin, stdout, sources } = ctx;
  const spec = readExam(ctx, args[1]);
  if (flags.student === undefined) throw new InputError('exam-student-missing');
  const studentId = parseStudentId(flags.student);
  if (ctx.interactive && !json) {
    await ctx.openScreen({ spec, studentId });
    return 0;
  }
  const q = words.questions;
  const questions = examQuestions(spec, studentId);
  const limit = spec.minutes * 60;
  const started = sources.now();
  const elapsed = () => (sources.now() - started) / 1000;
  const answers: string[] = [];
  const lines = new LineInput(stdin);
  let tooLong: number | undefined;
  let timeUp = false;
  try {
    for (const [i, question] of questions.entries()) {
      const left = Math.max(0, Math.ceil(limit - elapsed()));
      if (json) {
        const prompt = q.prompt(question);
        stdout.write(
          `${JSON.stringify({ event: 'question', n: i + 1, topic: question.topic, prompt, data: question.data, secondsLeft: left })}\n`,
        );
      } else {
        const header = words.questionHeader({ n: i + 1, total: spec.count, topic: q.topicNames[question.topic] });
        stdout.write(
          `${paint.bold(header)} · ${paint.dim(words.timeLeft({ left: clock(left) }))}\n${q.prompt(question)}\n`,
        );
      }
      const next = await lines.next();
      if (next.kind === 'too-long') tooLong = next.n;
      if (next.kind !== 'line') break;
      if (elapsed() > limit) {
        timeUp = true;
        break;
      }
      answers.push(next.text);
      if (!json) stdout.write(`> ${next.text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '').trim()}\n\n`);
    }
  } finally {
    lines.close();
  }
  if (tooLong !== undefined) {
    ctx.stderr.write(`${t.cli.prefix} ${t.cli.errors.stdinLineTooLong({ line: tooLong, kib: stdinLineCap / 1024 })}\n`);
    return 2;
  }
  const seconds = Math.min(Math.round(elapsed()), limit);
  const code = examCode(spec, studentId, answers, seconds);
  const answered = answers.filter((answer) => answer.trim() !== '').length;
  if (json) {
    stdout.write(
      `${JSON.stringify({ event: 'code', examId: spec.id, studentId, answered, total: spec.count, seconds, code })}\n`,
    );
    return 0;
  }
  const done = [
    ...(timeUp ? [paint.yellow(words.timeUp)] : []),
    words.finished({ answered, total: spec.count, time: clock(seconds) }),
    words.codeIntro,
    `  ${paint.bold(code)}`,
    paint.dim(words.codeNote),
  ];
  stdout.write(`${done.join('\n')}\n`);
  return 0;
}
