import { Box, Text } from 'ink';
import type { ServerCheckId } from '../../core/check/checks.js';
import type { CheckResult } from '../../core/check/result.js';
import { listWindow } from '../../core/list-window.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import type { CheckWords } from './words.en.js';

const marks = { pass: '✓', fail: '✗', skip: '–', 'not-run': '·' } as const;
/** Read when a row renders, so a change of theme shows at once. */
const colors = () => ({ pass: theme.good, fail: theme.bad, skip: theme.warn, 'not-run': theme.muted });

interface CheckListProps {
  ids: readonly ServerCheckId[];
  results: readonly CheckResult[];
  running?: ServerCheckId;
  selected: number;
  /** The spinner's current frame. */
  spinner: string;
  /** Rows the list may take; it scrolls to keep the selected check in view, with "N more" markers. */
  rows: number;
  /** Whether the list has the keys (the selection is drawn only then). */
  active: boolean;
  words: CheckWords;
  /** Columns it may take: all the screen's, or its share beside the diagnosis on a wide terminal. */
  width?: number;
}

/** The checklist: one row a check, its mark (spinner while it runs), id, name and time. */
export default function CheckList(props: CheckListProps) {
  const { ids, results, running, selected, spinner, rows, active, words } = props;
  const { t, width: screenWidth } = useShell();
  const width = props.width ?? screenWidth;
  const idWidth = Math.max(...ids.map((id) => id.length));
  const { start, end } = listWindow(ids.length, selected, rows);
  const more = (text: string) => <Text color={theme.muted}>{`  ${text}`}</Text>;
  return (
    <Box flexDirection="column" flexShrink={0} aria-role="list">
      {start > 0 ? more(t.ui.moreAbove({ count: start })) : null}
      {ids.slice(start, end).map((id, offset) => {
        const index = start + offset;
        const result = results.find((entry) => entry.id === id);
        const chosen = active && index === selected;
        const mark = result ? marks[result.status] : id === running ? spinner : '·';
        const color = result ? colors()[result.status] : id === running ? theme.accent : theme.muted;
        const time =
          result && result.status !== 'not-run' ? ` ${result.ms} ms` : id === running ? ` ${words.screen.running}` : '';
        const status = result ? words.status[result.status] : id === running ? words.status.running : '';
        return (
          <Box
            key={id}
            width={width}
            aria-role="listitem"
            aria-state={{ selected: chosen, busy: id === running }}
            aria-label={`${status ? `${status}: ` : ''}${id} ${words.names[id]}${time}`}
          >
            <Text wrap="truncate-end" inverse={chosen}>
              <Text color={color} bold>
                {chosen ? '›' : ' '}
                {mark}{' '}
              </Text>
              <Text bold={result?.status === 'fail'}>{id.padEnd(idWidth)} </Text>
              <Text color={result ? undefined : theme.muted}>{words.names[id]}</Text>
              <Text color={theme.muted}>{time}</Text>
            </Text>
          </Box>
        );
      })}
      {end < ids.length ? more(t.ui.moreBelow({ count: ids.length - end })) : null}
    </Box>
  );
}
