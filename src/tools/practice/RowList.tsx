import { Box, Text } from 'ink';
import theme from '../../ui/theme.js';
import type { Row, RowTone } from './practice-rows.js';

interface RowListProps {
  /** Rows already wrapped to the screen's width. */
  rows: readonly Row[];
}

/** Read when a row renders, so a change of theme shows at once. */
const looks = (): Record<RowTone, { color?: string; bold?: boolean }> => ({
  title: { color: theme.accent, bold: true },
  text: {},
  muted: { color: theme.muted },
  selected: { color: theme.accent, bold: true },
  right: { color: theme.good, bold: true },
  wrong: { color: theme.bad, bold: true },
  warn: { color: theme.warn },
  solution: {},
});

/** Ink drops leading spaces when it truncates; no-break spaces keep a table's columns in place. */
const keepIndent = (text: string) => text.replace(/^ +/, (spaces) => '\u00A0'.repeat(spaces.length));

/** Rows of text, one line each, coloured by what they are. */
export default function RowList({ rows }: RowListProps) {
  return (
    <Box flexDirection="column">
      {rows.map((row, index) => (
        <Box key={index} aria-role={row.item?.role} aria-state={row.item?.state}>
          <Text wrap="truncate-end" {...looks()[row.tone]}>
            {keepIndent(row.text) || ' '}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
