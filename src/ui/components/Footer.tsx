import { Box, Text } from 'ink';
import { keyGlyph } from '../keys.js';
import type { Binding } from '../keymap.js';
import theme from '../theme.js';

interface FooterProps {
  /** The keys that work right now, screen's first, in the order they are declared. */
  bindings: readonly Binding[];
  width: number;
}

export default function Footer({ bindings, width }: FooterProps) {
  const shown = bindings.filter((binding) => !binding.hidden);
  return (
    <Box width={width} flexWrap="wrap" columnGap={2}>
      {shown.map((binding) => (
        <Text key={`${binding.keys.join()}-${binding.label}`}>
          <Text bold color={theme.accent}>
            {binding.display ?? binding.keys.map(keyGlyph).join('')}
          </Text>{' '}
          <Text color={theme.muted}>{binding.label}</Text>
        </Text>
      ))}
    </Box>
  );
}
