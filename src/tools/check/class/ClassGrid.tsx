import { Box, Text } from 'ink';
import type { ServerCheckId } from '../../../core/check/checks.js';
import type { RosterEntry } from '../../../core/class/roster.js';
import type { StudentRun } from '../../../core/class/student-run.js';
import { fitColumns as fit } from '../../../core/display-width.js';
import { listWindow } from '../../../core/list-window.js';
import { useShell } from '../../../ui/shell-context.js';
import theme from '../../../ui/theme.js';
import type { ClassWords } from './words.en.js';

/** The same marks and colours as check's own list, so a teacher reads both alike. */
export const marks = { pass: '✓', fail: '✗', skip: '–', 'not-run': '·' } as const;
export const markColors = { pass: theme.good, fail: theme.bad, skip: theme.warn, 'not-run': theme.muted } as const;

interface ClassGridProps {
  students: readonly RosterEntry[];
  ids: readonly ServerCheckId[];
  runs: ReadonlyMap<string, StudentRun>;
  waiting: ReadonlySet<string>;
  checking: ReadonlySet<string>;
  selected: number;
  /** Rows the grid may take; it scrolls to keep the selected student in view, saying how many are off screen. */
  rows: number;
  words: ClassWords;
}

/** Students down, checks across: a mark a check, the score, and what the run found. */
export default function ClassGrid({ students, ids, runs, waiting, checking, selected, rows, words }: ClassGridProps) {
  const { t, width } = useShell();
  const { start, end } = listWindow(students.length, selected, rows);
  const nameWidth = Math.max(8, Math.min(24, width - ids.length * 2 - 24));
  const more = (text: string) => <Text color={theme.muted}>{`  ${text}`}</Text>;
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Text color={theme.muted} wrap="truncate-end">
        {`  ${fit(words.screen.student, nameWidth)} ${' '.repeat(ids.length * 2)}${fit(words.screen.score, 6)} ${words.screen.verdict}`}
      </Text>
      {start > 0 ? more(t.ui.moreAbove({ count: start })) : null}
      {students.slice(start, end).map((student, offset) => {
        const index = start + offset;
        const run = runs.get(student.studentId);
        const chosen = index === selected;
        const unreachable = run?.judgement.cause === 'unreachable';
        const state = checking.has(student.studentId)
          ? words.screen.running
          : waiting.has(student.studentId)
            ? words.screen.waiting
            : !run
              ? words.screen.never
              : unreachable
                ? words.screen.unreachable
                : run.judgement.verdict === 'pass'
                  ? words.check.status.pass
                  : `${words.check.status.fail}: ${run.judgement.cause}`;
        const stateColor =
          !run || waiting.has(student.studentId)
            ? theme.muted
            : unreachable
              ? theme.warn
              : run.judgement.verdict === 'pass'
                ? theme.good
                : theme.bad;
        return (
          <Box key={student.studentId} width={width}>
            <Text wrap="truncate-end" inverse={chosen}>
              <Text bold>{chosen ? '› ' : '  '}</Text>
              <Text>{fit(student.name, nameWidth)} </Text>
              {ids.map((id) => {
                const result = run?.results.find((found) => found.id === id);
                return (
                  <Text key={id} color={result ? markColors[result.status] : theme.muted}>
                    {`${result ? marks[result.status] : ' '} `}
                  </Text>
                );
              })}
              <Text>{fit(run && !unreachable ? `${run.score}/${run.maxScore}` : '', 6)} </Text>
              <Text color={stateColor}>{state}</Text>
            </Text>
          </Box>
        );
      })}
      {end < students.length ? more(t.ui.moreBelow({ count: students.length - end })) : null}
    </Box>
  );
}
