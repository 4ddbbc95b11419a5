import { Box } from 'ink';
import { wrapSpans, type Line } from '../../core/wrap.js';
import WrappedText from '../../ui/components/WrappedText.js';
import theme from '../../ui/theme.js';
import type { Look } from './diagram-lines.js';
import { logSpans } from './log-spans.js';
import type { LogEntry } from './use-demo-state.js';
import type { DemoWords } from './words.en.js';

interface EventLogProps {
  /** Every event kept, oldest first. */
  log: readonly LogEntry[];
  /** How many rows it may use. */
  rows: number;
  width: number;
  /** How many entries up from the newest the window ends (0 = follow the newest). */
  scroll: number;
  words: DemoWords;
}

/**
 * The newest events that fit, each wrapped whole (never cut), or an earlier window when scrolled,
 * with a last row that says how many newer events wait below.
 */
export default function EventLog({ log, rows, width, scroll, words }: EventLogProps) {
  const end = Math.max(0, log.length - scroll);
  const below = log.length - end;
  const room = Math.max(1, rows - (below > 0 ? 1 : 0));
  const shown: Line<Look>[][] = [];
  let used = 0;
  for (let index = end - 1; index >= 0; index--) {
    const lines = wrapSpans(logSpans(log[index]!, words), width);
    if (used + lines.length > room) break;
    shown.unshift(lines);
    used += lines.length;
  }
  return (
    <Box flexDirection="column" height={rows} overflowY="hidden">
      {shown.flat().map((line, index) => (
        <WrappedText key={index} width={width}>
          {line}
        </WrappedText>
      ))}
      {below > 0 ? (
        <WrappedText width={width} color={theme.warn}>
          {words.screen.scrolled({ count: below })}
        </WrappedText>
      ) : null}
    </Box>
  );
}

/** Whether the whole log, each event wrapped whole, takes more than `rows`: only then does it scroll. */
export function logOverflows(log: readonly LogEntry[], rows: number, width: number, words: DemoWords): boolean {
  let used = 0;
  for (let index = log.length - 1; index >= 0 && used <= rows; index--)
    used += wrapSpans(logSpans(log[index]!, words), width).length;
  return used > rows;
}
