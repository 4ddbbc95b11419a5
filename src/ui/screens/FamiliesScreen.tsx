import { Box, Text } from 'ink';
import { familyLines } from '../../i18n/family-lines.js';
import { useKeymap } from '../keymap.js';
import { useShell } from '../shell-context.js';
import theme from '../theme.js';
import useFamilies from './families/use-families.js';

/** Address families: a listener on 127.0.0.1, ::1 and a Unix socket, and what each reports. */
export default function FamiliesScreen() {
  const { t, width, height } = useShell();
  const { results, error, again } = useFamilies();
  const f = t.families;
  useKeymap([{ keys: ['r'], label: f.screen.runAgain, run: () => results && again() }]);

  if (error) return <Text color={theme.bad}>{error}</Text>;
  if (!results) return <Text color={theme.muted}>{f.screen.running}</Text>;
  // A short terminal drops getsockname(): the listening line already says where the server is.
  const lines = (result: (typeof results)[number]) =>
    familyLines(result, t).filter((line) => height >= 18 || line.label !== t.families.pythonServer);
  const labelWidth = Math.max(...results.flatMap((result) => lines(result).map((line) => line.label.length)));
  return (
    <Box flexDirection="column" width={width}>
      {results.map((result) => (
        <Box key={result.family} flexDirection="column" marginBottom={1} flexShrink={0}>
          <Text wrap="truncate-end">
            <Text bold color={theme.accent}>
              {result.constant}
            </Text>
            <Text color={theme.muted}>  {f.names[result.family]}</Text>
          </Text>
          {lines(result).map((line, index) => (
            <Text key={index} wrap="truncate-end" color={result.status === 'ok' ? undefined : theme.warn}>
              {'  '}
              <Text color={theme.muted}>{line.label.padEnd(labelWidth)} </Text>
              <Text color={line.python ? theme.good : undefined}>{line.value}</Text>
            </Text>
          ))}
        </Box>
      ))}
      <Box width={width}>
        <Text color={theme.muted} wrap="wrap">
          {f.lesson}
        </Text>
      </Box>
    </Box>
  );
}
