import { Box, Text } from 'ink';
import { joinHostPort } from '../../../core/address-tuple.js';
import type { RosterEntry } from '../../../core/class/roster.js';
import type { StudentRun } from '../../../core/class/student-run.js';
import WrappedText from '../../../ui/components/WrappedText.js';
import theme from '../../../ui/theme.js';
import { diagnosisOf, judgementLines } from '../diagnosis.js';
import { markColors, marks } from './ClassGrid.js';
import { localTime } from './comments.js';
import type { ClassWords } from './words.en.js';

interface StudentDetailProps {
  student: RosterEntry;
  run?: StudentRun;
  width: number;
  words: ClassWords;
}

/** One student's latest run, told as `check` tells it to them: judgement, then each check. */
export default function StudentDetail({ student, run, width, words }: StudentDetailProps) {
  const head = `${student.studentId}  ${student.name}  ${joinHostPort(student.host, student.port)}`;
  if (!run)
    return (
      <Box flexDirection="column" width={width}>
        <WrappedText width={width}>{head}</WrappedText>
        <WrappedText width={width} color={theme.muted}>
          {words.plain.noRun}
        </WrappedText>
      </Box>
    );
  const unreachable = run.judgement.cause === 'unreachable';
  const said = unreachable ? [words.comments.unreachable] : judgementLines(run.judgement, words.check);
  return (
    <Box flexDirection="column" width={width}>
      <WrappedText width={width}>{`${head}  ${run.score}/${run.maxScore}  ${localTime(run.finishedAt)}`}</WrappedText>
      {said.map((line, index) => (
        <WrappedText
          key={index}
          width={width}
          color={
            index > 0
              ? theme.muted
              : unreachable
                ? theme.warn
                : run.judgement.verdict === 'pass'
                  ? theme.good
                  : theme.bad
          }
        >
          {line}
        </WrappedText>
      ))}
      {run.results.map((result) => (
        <Box key={result.id} flexDirection="column" marginTop={result.status === 'pass' ? 0 : 1} width={width}>
          <Text wrap="truncate-end">
            <Text color={markColors[result.status]} bold>{`${marks[result.status]} `}</Text>
            <Text bold={result.status === 'fail'}>{result.id}</Text>
            <Text color={theme.muted}>{`  ${words.check.names[result.id]}`}</Text>
          </Text>
          {result.status === 'pass' ? null : (
            <WrappedText width={width - 2} color={theme.muted}>
              {`  ${diagnosisOf(result, words.check)}`}
            </WrappedText>
          )}
        </Box>
      ))}
      {run.late ? (
        <WrappedText width={width} color={theme.warn}>
          {words.plain.late}
        </WrappedText>
      ) : null}
    </Box>
  );
}
