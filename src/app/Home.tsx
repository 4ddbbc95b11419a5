import { Box, Text } from 'ink';
import { useState } from 'react';
import { wrappedRows } from '../core/wrap.js';
import Paragraph from '../ui/components/Paragraph.js';
import WrappedText from '../ui/components/WrappedText.js';
import { useKeymap } from '../ui/keymap.js';
import { useShell } from '../ui/shell-context.js';
import theme from '../ui/theme.js';
import { homeMenu, keysLabel } from './home-menu.js';

/** The menu the app opens on: every tool the registry places here, grouped, each with its key. */
export default function Home() {
  const { t, open, width, height } = useShell();
  const [selected, setSelected] = useState(0);
  const menu = homeMenu();
  const count = menu.length;
  const current = menu[selected]!;
  const shortcuts = keysLabel(menu.map((item) => item.key));
  const hint = current.tool.hint?.(t) ?? '';
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
  return (
    <Box flexDirection="column">
      <Text bold>{t.ui.home.title}</Text>
      <Box flexDirection="column" marginTop={1} flexShrink={0}>
        {menu.map((item, index) => {
          const firstOfSection = index === 0 || menu[index - 1]!.section !== item.section;
          const isSelected = index === selected;
          return (
            <Box key={item.tool.id} flexShrink={0}>
              <Text color={theme.muted}>
                {(firstOfSection ? t.ui.home.sections[item.section] : '').padEnd(sectionWidth)}{' '}
              </Text>
              <Text color={isSelected ? theme.accent : undefined} bold={isSelected}>
                {isSelected ? '› ' : '  '}
                <Text color={theme.accent}>{item.key}</Text> {item.tool.title(t)}
              </Text>
            </Box>
          );
        })}
      </Box>
      {/* Menu rows never shrink (a squeezed row draws over its neighbour); the hint gives way. */}
      {height >= menu.length + 2 + hintRows + 1 ? (
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
