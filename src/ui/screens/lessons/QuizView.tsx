import { Box, Text } from 'ink';
import theme from '../../theme.js';
import type { QuizRow, QuizTone } from './quiz-rows.js';

interface QuizViewProps {
  /** The question, its options and, once answered, the feedback and explanation. */
  rows: readonly QuizRow[];
  /** The row that must stay visible. */
  focus: number;
  /** Rows available. */
  height: number;
}

const looks: Record<QuizTone, { color?: string; bold?: boolean }> = {
  heading: { color: theme.accent, bold: true },
  question: { bold: true },
  option: {},
  selected: { color: theme.accent, bold: true },
  right: { color: theme.good },
  wrong: { color: theme.bad },
  explanation: {},
  done: { color: theme.good, bold: true },
};

/** A window over the quiz rows that keeps the focused row in view. */
export default function QuizView({ rows, focus, height }: QuizViewProps) {
  const top = Math.max(0, Math.min(focus - height + 1, rows.length - height));
  return (
    <Box flexDirection="column">
      {rows.slice(top, top + height).map((row, index) => (
        <Text key={top + index} wrap="truncate-end" {...looks[row.tone]}>
          {row.text || ' '}
        </Text>
      ))}
    </Box>
  );
}
