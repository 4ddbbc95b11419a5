import { examQuestions, parseStudentId } from '../../core/exam/exam-questions.js';
import { InputError } from '../../core/input-error.js';
import type { CommandContext } from '../tool.js';
import { readExam } from './read-exam.js';
import type { ExamTool } from './entry.js';

/** `netlearn exam key FILE --student ID`: the teacher's answer key for one student's variant. */
export default function keyCommand(ctx: CommandContext<ExamTool>): number {
  const { args, flags, words, json, paint, stdout } = ctx;
  const spec = readExam(ctx, args[1]);
  if (flags.student === undefined) throw new InputError('exam-student-missing');
  const studentId = parseStudentId(flags.student);
  const questions = examQuestions(spec, studentId);
  const q = words.questions;
  if (json) {
    const key = questions.map((question, i) => ({
      n: i + 1,
      topic: question.topic,
      prompt: q.prompt(question),
      data: question.data,
      expected: question.expected,
    }));
    stdout.write(`${JSON.stringify({ examId: spec.id, studentId, questions: key })}\n`);
    return 0;
  }
  const lines = [paint.bold(words.keyHeader({ title: spec.title, student: studentId })), ''];
  questions.forEach((question, i) => {
    lines.push(paint.bold(words.questionHeader({ n: i + 1, total: spec.count, topic: q.topicNames[question.topic] })));
    lines.push(q.prompt(question), paint.green(words.keyAnswer({ answer: q.expectedText(question) })), '');
  });
  stdout.write(`${lines.join('\n')}`);
  return 0;
}
