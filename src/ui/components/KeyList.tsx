import { Box, Text } from 'ink';
import { padColumns } from '../../core/display-width.js';
import useScrollArea from '../hooks/use-scroll-area.js';
import type { Binding } from '../keymap.js';
import { useKeymap } from '../keymap.js';
import { keyListRows } from '../key-list-rows.js';
import theme from '../theme.js';
import ScrollArea from './ScrollArea.js';
import WrappedText from './WrappedText.js';

/** A titled group of keys: the screen's, then the app's. */
export interface KeyGroup {
  title: string;
  bindings: readonly Binding[];
}

interface KeyListProps {
  groups: readonly KeyGroup[];
  /** Names the list and its keys, in the user's language. */
  words: { title: string; close: string; scroll: string };
  close: () => void;
  width: number;
  height: number;
}

/** Every key of the screen and of the app, read from the same keymaps the footer shows. */
export default function KeyList({ groups, words, close, width, height }: KeyListProps) {
  const listHeight = Math.max(1, height - 1);
  const scroll = useScrollArea(listHeight, words.scroll);
  useKeymap([{ keys: ['escape', '?', 'f1'], label: words.close, display: 'Esc ?', run: close }, ...scroll.bindings]);
  const rows = groups.map((group) => ({ title: group.title, rows: keyListRows(group.bindings) }));
  const keysWidth = Math.min(
    Math.floor(width / 3),
    Math.max(0, ...rows.flatMap((group) => group.rows.map((row) => row.keys.length))),
  );
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{words.title}</Text>
      <ScrollArea contentRef={scroll.ref} offset={scroll.offset} height={listHeight} width={width}>
        {rows.map((group) => (
          <Box key={group.title} flexDirection="column" marginTop={1} flexShrink={0} aria-role="list">
            <Text color={theme.accent} bold>
              {group.title}
            </Text>
            {group.rows.map((row) => (
              <Box key={`${row.keys} ${row.label}`} flexShrink={0} aria-role="listitem">
                <WrappedText width={width}>
                  {[
                    { text: padColumns(row.keys, keysWidth), style: { bold: true, color: theme.accent } },
                    { text: `  ${row.label}` },
                  ]}
                </WrappedText>
              </Box>
            ))}
          </Box>
        ))}
      </ScrollArea>
    </Box>
  );
}
