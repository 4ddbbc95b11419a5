import { Box, Text } from 'ink';
import { useState } from 'react';
import Paragraph from '../ui/components/Paragraph.js';
import { useKeymap } from '../ui/keymap.js';
import { useShell } from '../ui/shell-context.js';
import theme from '../ui/theme.js';
import { homeMenu } from './home-menu.js';

/** The menu the app opens on: lessons, tools, the live demo and practice. */
export default function Home() {
  const { t, open, width } = useShell();
  const [selected, setSelected] = useState(0);
  const count = homeMenu.length;
  const current = homeMenu[selected]!;

  useKeymap([
    { keys: ['up', 'k'], label: t.ui.keys.move, display: '↑↓', run: () => setSelected((i) => (i - 1 + count) % count) },
    { keys: ['down', 'j'], label: t.ui.keys.move, hidden: true, run: () => setSelected((i) => (i + 1) % count) },
    { keys: ['enter'], label: t.ui.keys.open, run: () => open(current.screen) },
    ...homeMenu.map((item, index) => ({
      keys: [item.shortcut],
      label: t.ui.keys.shortcut,
      display: '0-9',
      hidden: index > 0,
      run: () => open(item.screen),
    })),
  ]);

  const sectionWidth = Math.max(...Object.values(t.ui.home.sections).map((name) => name.length));
  return (
    <Box flexDirection="column">
      <Text bold>{t.ui.home.title}</Text>
      <Box flexDirection="column" marginTop={1}>
        {homeMenu.map((item, index) => {
          const firstOfSection = index === 0 || homeMenu[index - 1]!.section !== item.section;
          const isSelected = index === selected;
          return (
            <Box key={item.screen}>
              <Text color={theme.muted}>{(firstOfSection ? t.ui.home.sections[item.section] : '').padEnd(sectionWidth)} </Text>
              <Text color={isSelected ? theme.accent : undefined} bold={isSelected}>
                {isSelected ? '› ' : '  '}
                <Text color={theme.accent}>{item.shortcut}</Text> {t.ui.home.items[item.screen]}
              </Text>
            </Box>
          );
        })}
      </Box>
      <Paragraph color={theme.muted} width={width}>
        {t.ui.home.hints[current.screen]}
      </Paragraph>
    </Box>
  );
}
