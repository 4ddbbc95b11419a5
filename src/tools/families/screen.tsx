import { Box, Text } from 'ink';
import { familyLines } from './family-lines.js';
import ScrollArea from '../../ui/components/ScrollArea.js';
import useScrollArea from '../../ui/hooks/use-scroll-area.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import WrappedText from '../../ui/components/WrappedText.js';
import useFamilies from './use-families.js';
import type { ScreenProps } from '../tool.js';
import type { FamiliesTool } from './entry.js';

/** Address families: a listener on 127.0.0.1, ::1 and a Unix socket, and what each reports. */
export default function FamiliesScreen({ sources, words }: ScreenProps<FamiliesTool>) {
  const { t, width, height } = useShell();
  const { results, error, again } = useFamilies(sources.probeFamilies);
  const f = words;
  const scroll = useScrollArea(height, t.ui.keys.scroll);
  // Until the run has finished (or failed) there is nothing to run again.
  useKeymap([...(results || error ? [{ keys: ['r'], label: f.screen.runAgain, run: again }] : []), ...scroll.bindings]);

  if (error)
    return (
      <WrappedText color={theme.bad} width={width}>
        {error}
      </WrappedText>
    );
  if (!results) return <Text color={theme.muted}>{f.screen.running}</Text>;
  const lines = (result: (typeof results)[number]) => familyLines(result, words);
  const labelWidth = Math.max(...results.flatMap((result) => lines(result).map((line) => line.label.length)));
  // Two columns of indent and one after the label.
  const valueWidth = width - 2 - labelWidth - 1;
  return (
    <ScrollArea contentRef={scroll.ref} offset={scroll.offset} height={height} width={width}>
      {results.map((result) => (
        <Box key={result.family} flexDirection="column" marginBottom={1} flexShrink={0}>
          <Text wrap="truncate-end">
            <Text bold color={theme.accent}>
              {result.constant}
            </Text>
            <Text color={theme.muted}>
              {'  '}
              {f.names[result.family]}
            </Text>
          </Text>
          {lines(result).map((line, index) => (
            <Box key={index} flexDirection="row" paddingLeft={2}>
              <Box flexShrink={0}>
                <Text color={theme.muted}>{line.label.padEnd(labelWidth)} </Text>
              </Box>
              <Box flexShrink={1}>
                <WrappedText
                  width={valueWidth}
                  color={line.python ? theme.good : result.status === 'ok' ? undefined : theme.warn}
                >
                  {line.value}
                </WrappedText>
              </Box>
            </Box>
          ))}
        </Box>
      ))}
      <Box width={width}>
        <WrappedText color={theme.muted} width={width}>
          {f.lesson}
        </WrappedText>
      </Box>
    </ScrollArea>
  );
}
