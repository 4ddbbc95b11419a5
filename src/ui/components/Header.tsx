import { Box, Text } from 'ink';
import type { Lang } from '../../core/language.js';
import theme from '../theme.js';

interface HeaderProps {
  /** The app's name, then the trail of screens that led here. */
  trail: readonly string[];
  /** Shown at the right so the learner sees which language is on. */
  lang: Lang;
  width: number;
}

export default function Header({ trail, lang, width }: HeaderProps) {
  return (
    <Box width={width} justifyContent="space-between">
      <Text wrap="truncate-end">
        <Text bold color={theme.accent}>
          netlearn
        </Text>
        {trail.length > 0 && <Text color={theme.muted}>{' › ' + trail.join(' › ')}</Text>}
      </Text>
      <Text color={theme.muted}>[{lang.toUpperCase()}]</Text>
    </Box>
  );
}
