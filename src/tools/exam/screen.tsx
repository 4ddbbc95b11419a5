import { Box } from 'ink';
import { useMemo } from 'react';
import { examCode } from '../../core/exam/exam-grade.js';
import { examQuestions } from '../../core/exam/exam-questions.js';
import type { ExamSpec } from '../../core/exam/exam-spec.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import AnswerField from '../../ui/components/AnswerField.js';
import theme from '../../ui/theme.js';
import type { ScreenProps } from '../tool.js';
import type { ExamTool } from './entry.js';
import useExam from './use-exam.js';
import { minutesSeconds as clock } from '../../core/minutes-seconds.js';

/** What the screen opens on without an exam file: four questions, to see what an exam is like. */
const sample: ExamSpec = {
  id: 'PRACTICE',
  title: '',
  topics: ['binary', 'subnet', 'port', 'utf8'],
  count: 4,
  minutes: 10,
};

/** A student taking an exam: the intro, one question at a time under a timer, then the completion code. */
export default function ExamScreen({ payload, sources, words }: ScreenProps<ExamTool>) {
  const { width, height } = useShell();
  const spec = payload?.spec ?? sample;
  const studentId = payload?.studentId ?? 'practice';
  const title = payload ? spec.title : words.sampleTitle;
  const questions = useMemo(() => examQuestions(spec, studentId), [spec, studentId]);
  const exam = useExam(spec, sources.now);
  const { state } = exam;
  const code = useMemo(
    () => (state.phase === 'done' ? examCode(spec, studentId, state.answers, state.seconds ?? 0) : ''),
    [state.phase, state.answers, state.seconds, spec, studentId],
  );
  const q = words.questions;
  const typing = state.phase === 'question';

  let bindings: Binding[] = [];
  if (state.phase === 'intro') bindings = [{ keys: ['enter'], label: words.start, run: exam.start }];
  else if (typing) bindings = [{ keys: ['enter'], label: words.answer, run: exam.submit }];
  useKeymap(bindings, { textEntry: typing });

  const line = (text: string, look: { color?: string; bold?: boolean } = {}) => (
    <WrappedText width={width} {...look}>
      {text}
    </WrappedText>
  );
  const question = questions[state.index];
  return (
    <Box flexDirection="column" width={width} height={height}>
      {line(`${title} · ${studentId}`, { color: theme.accent, bold: true })}
      {state.phase === 'intro' ? (
        <>
          {line(words.intro({ title, student: studentId, count: spec.count, minutes: spec.minutes }))}
          {payload ? null : line(words.sampleNote, { color: theme.muted })}
          {line(words.introHow)}
          {line(words.introStart, { bold: true })}
        </>
      ) : null}
      {typing && question ? (
        <>
          {line(
            // The timer first, so a narrow terminal never wraps it away from its label.
            `${words.timeLeft({ left: clock(exam.secondsLeft) })} · ${words.questionHeader({ n: state.index + 1, total: spec.count, topic: q.topicNames[question.topic] })}`,
            { bold: true },
          )}
          {line(q.prompt(question))}
          <AnswerField value={state.draft} placeholder={words.answerPlaceholder} onChange={exam.type} />
        </>
      ) : null}
      {state.phase === 'done' ? (
        <>
          {state.timeUp ? line(words.timeUp, { color: theme.warn }) : null}
          {line(
            words.finished({
              answered: state.answers.filter((answer) => answer.trim() !== '').length,
              total: spec.count,
              time: clock(state.seconds ?? 0),
            }),
          )}
          {line(words.codeIntro)}
          {line(`  ${code}`, { color: theme.good, bold: true })}
          {line(words.codeNote, { color: theme.muted })}
        </>
      ) : null}
    </Box>
  );
}
