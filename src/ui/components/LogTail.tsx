import { Box } from 'ink';
import { wrappedRows } from '../../core/wrap.js';
import WrappedText from './WrappedText.js';

/** One line of a log, with the colour it is shown in. */
export interface LogLine {
  text: string;
  color?: string;
}

interface LogTailProps {
  /** Every line kept, oldest first. */
  lines: readonly LogLine[];
  /** How many of the newest lines to skip (scrolled back). */
  scroll: number;
  width: number;
  rows: number;
}

/**
 * The end of a log in a box of `rows`: lines are taken from the newest back until their wrapped
 * rows fill it, and a full box keeps the newest at the bottom, cutting the oldest at the top.
 */
export default function LogTail({ lines, scroll, width, rows }: LogTailProps) {
  const end = Math.max(0, lines.length - scroll);
  let start = end;
  let used = 0;
  while (start > 0 && used < rows) used += wrappedRows(lines[--start]!.text, width);
  return (
    <Box
      flexDirection="column"
      height={rows}
      overflowY="hidden"
      justifyContent={used >= rows ? 'flex-end' : 'flex-start'}
    >
      {lines.slice(start, end).map((line, index) => (
        <Box key={start + index} flexShrink={0}>
          <WrappedText width={width} color={line.color}>
            {line.text}
          </WrappedText>
        </Box>
      ))}
    </Box>
  );
}
