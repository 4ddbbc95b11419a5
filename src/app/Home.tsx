import { Box, Text } from 'ink';
import { useState } from 'react';
import { wrappedRows } from '../core/wrap.js';
import Paragraph from '../ui/components/Paragraph.js';
import WrappedText from '../ui/components/WrappedText.js';
import { useKeymap } from '../ui/keymap.js';
import { useShell } from '../ui/shell-context.js';
import { listWindow } from '../core/list-window.js';
import theme from '../ui/theme.js';
import { homeMenu, keysLabel, type HomeEntry } from './home-menu.js';
import type { BothWords } from './tool-words.js';

interface HomeProps {
  /** Every tool's words by id: each entry shows its tool's title, and the selected one its hint. */
  words: ReadonlyMap<string, BothWords>;
}

/** The menu the app opens on: every tool the registry places here, grouped, each with its key. */
export default function Home({ words }: HomeProps) {
  const { t, lang, open, width, height } = useShell();
  const wordsOf = (entry: HomeEntry) => words.get(entry.tool.id)![lang];
  const [selected, setSelected] = useState(0);
  const menu = homeMenu();
  const count = menu.length;
  const current = menu[selected]!;
  const shortcuts = keysLabel(menu.map((item) => item.key));
  const hint = wordsOf(current).hint ?? '';
  const hintRows = wrappedRows(hint, width);

  useKeymap([
    { keys: ['up', 'k'], label: t.ui.keys.move, display: '↑↓', run: () => setSelected((i) => (i - 1 + count) % count) },
    { keys: ['down', 'j'], label: t.ui.keys.move, hidden: true, run: () => setSelected((i) => (i + 1) % count) },
    { keys: ['enter'], label: t.ui.keys.open, run: () => open(current.tool.id) },
    ...menu.map((item, index) => ({
      keys: [item.key],
      label: t.ui.keys.shortcut,
      display: shortcuts,
      hidden: index > 0,
      run: () => open(item.tool.id),
    })),
  ]);

  const sectionWidth = Math.max(...Object.values(t.ui.home.sections).map((name) => name.length));
  // Rows for the menu: all of it when it fits beside the title and the hint; otherwise a window
  // that follows the cursor, with "N more" above and below (rows never shrink: a squeezed row
  // draws over its neighbour).
  const room = Math.max(3, height - 2 - hintRows);
  const window = listWindow(count, selected, room);
  const item = (entry: (typeof menu)[number], index: number) => {
    // A section's name on its first row, or on the window's first row when that one is hidden.
    const labelled = index === window.start || menu[index - 1]!.section !== entry.section;
    const isSelected = index === selected;
    // A reader hears the item, its section where one starts, and whether it is selected, not the marks.
    const spoken = `${labelled ? `${t.ui.home.sections[entry.section]}: ` : ''}${entry.key} ${wordsOf(entry).title}`;
    return (
      <Box
        key={entry.tool.id}
        flexShrink={0}
        aria-role="menuitem"
        aria-state={{ selected: isSelected }}
        aria-label={spoken}
      >
        <Text color={theme.muted}>{(labelled ? t.ui.home.sections[entry.section] : '').padEnd(sectionWidth)} </Text>
        <Text color={isSelected ? theme.accent : undefined} bold={isSelected}>
          {isSelected ? '› ' : '  '}
          <Text color={theme.accent}>{entry.key}</Text> {wordsOf(entry).title}
        </Text>
      </Box>
    );
  };
  const more = (text: string) => (
    <Text color={theme.muted}>
      {' '.repeat(sectionWidth + 3)}
      {text}
    </Text>
  );
  return (
    <Box flexDirection="column">
      <Text bold>{t.ui.home.title}</Text>
      <Box flexDirection="column" marginTop={1} flexShrink={0} aria-role="menu">
        {window.start > 0 ? more(t.ui.moreAbove({ count: window.start })) : null}
        {menu.slice(window.start, window.end).map((entry, offset) => item(entry, window.start + offset))}
        {window.end < count ? more(t.ui.moreBelow({ count: count - window.end })) : null}
      </Box>
      {!window.cut && height >= count + 2 + hintRows + 1 ? (
        <Paragraph color={theme.muted} width={width}>
          {hint}
        </Paragraph>
      ) : (
        <WrappedText color={theme.muted} width={width}>
          {hint}
        </WrappedText>
      )}
    </Box>
  );
}
