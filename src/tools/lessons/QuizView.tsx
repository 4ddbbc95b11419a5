import { Box, Text } from 'ink';
import theme from '../../ui/theme.js';
import { quizTop, type QuizRow, type QuizTone } from './quiz-rows.js';

interface QuizViewProps {
  /** The question, its options and, once answered, the feedback and explanation. */
  rows: readonly QuizRow[];
  /** The row that must stay visible. */
  focus: number;
  /** Rows available. */
  height: number;
  /** Rows paged up from the view that shows the focused row. */
  shift: number;
}

/** Read when a row renders, so a change of theme shows at once. */
const looks = (): Record<QuizTone, { color?: string; bold?: boolean }> => ({
  heading: { color: theme.accent, bold: true },
  question: { bold: true },
  option: {},
  selected: { color: theme.accent, bold: true },
  right: { color: theme.good },
  wrong: { color: theme.bad },
  explanation: {},
  done: { color: theme.good, bold: true },
});

/** A window over the quiz rows that keeps the focused row in view, unless paged up. */
export default function QuizView({ rows, focus, height, shift }: QuizViewProps) {
  const top = Math.max(0, quizTop(rows.length, focus, height) - shift);
  return (
    <Box flexDirection="column" aria-role="radiogroup">
      {rows.slice(top, top + height).map((row, index) => (
        <Box key={top + index} aria-role={row.option ? 'radio' : undefined} aria-state={row.option}>
          <Text wrap="truncate-end" {...looks()[row.tone]}>
            {row.text || ' '}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
