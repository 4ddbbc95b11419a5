import { Box, Text } from 'ink';
import { useShell } from '../shell-context.js';
import theme from '../theme.js';

interface ComingSoonProps {
  /** The plain command that does the same job meanwhile. */
  command: string;
}

/** A screen whose tool is still being built: says so, and points at the plain command. */
export default function ComingSoon({ command }: ComingSoonProps) {
  const { t } = useShell();
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold color={theme.warn}>
        {t.ui.comingSoon.title}
      </Text>
      <Text>{t.ui.comingSoon.body}</Text>
      <Text color={theme.accent}>  netlearn {command} --help</Text>
    </Box>
  );
}
