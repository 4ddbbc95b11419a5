import { Box, Text } from 'ink';
import { raceVerdict } from './race-verdict.js';
import Paragraph from '../../ui/components/Paragraph.js';
import ScrollArea from '../../ui/components/ScrollArea.js';
import useScrollArea from '../../ui/hooks/use-scroll-area.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import WrappedText, { type TextPart } from '../../ui/components/WrappedText.js';
import useRaceLab from './use-race-lab.js';
import type { Binding } from '../../ui/keymap.js';
import type { ThreadsSources } from './sources.js';
import type { ThreadsWords } from './words.en.js';

/** More additions than the command's default, so the race lasts long enough to watch. */
const workers = 4;
const increments = 500_000;

interface Props {
  startRace: ThreadsSources['startRace'];
  /** The key back to slow motion, listed with this view's own. */
  slowKey: Binding;
  words: ThreadsWords;
}

/** The proof at full speed: four threads race on one counter, then take turns with a mutex. */
export default function FullSpeed({ startRace, slowKey, words: th }: Props) {
  const { t, lang, width, height } = useShell();
  const lab = useRaceLab(startRace, workers, increments);
  const running = lab.phase === 'without-lock' || lab.phase === 'with-lock';
  const scroll = useScrollArea(height, t.ui.keys.scroll);
  useKeymap([
    // While the threads run there is nothing to run again yet.
    ...(running ? [] : [{ keys: ['r'], label: th.screen.runAgain, run: lab.again }]),
    slowKey,
    ...scroll.bindings,
  ]);

  const expected = workers * increments;
  const labelWidth = Math.max(th.withoutLock.length, th.withLock.length);
  const barWidth = Math.max(10, Math.min(40, width - 24));
  const nameWidth = Math.max(...lab.progress.map((_, index) => th.screen.worker({ index: index + 1 }).length));
  const resultRow = (label: string, result: { result: number; ms: number } | undefined, active: boolean) => {
    const lost = result ? expected - result.result : 0;
    const labelLook = { bold: true, color: active ? theme.accent : undefined };
    const parts: TextPart[] = [{ text: `${label.padEnd(labelWidth)} `, style: labelLook }];
    if (result) {
      parts.push(
        { text: `${th.got({ result: result.result })}  ` },
        { text: raceVerdict(lost, expected, th), style: { color: lost > 0 ? theme.bad : theme.good } },
        { text: `  ${th.ms({ ms: Math.round(result.ms) })}`, style: { color: theme.muted } },
      );
    } else parts.push({ text: active ? th.running : th.screen.waiting, style: { color: theme.muted } });
    return <WrappedText width={width}>{parts}</WrappedText>;
  };

  return (
    <ScrollArea contentRef={scroll.ref} offset={scroll.offset} height={height} width={width}>
      <Box width={width} flexShrink={0}>
        <WrappedText bold width={width}>
          {th.setup({ workers, increments, expected })}
        </WrappedText>
      </Box>
      <Box flexDirection="column" marginTop={1} flexShrink={0}>
        {resultRow(th.withoutLock, lab.withoutLock, lab.phase === 'without-lock')}
        {resultRow(th.withLock, lab.withLock, lab.phase === 'with-lock')}
      </Box>
      {/* Bars and a running count: animation a reader does without; the result rows say how it ended. */}
      <Box flexDirection="column" marginTop={1} flexShrink={0} aria-hidden>
        {lab.progress.map((done, index) => {
          const filled = Math.round((Math.min(done, increments) / increments) * barWidth);
          return (
            <Text key={index} wrap="truncate-end">
              <Text color={theme.muted}>{th.screen.worker({ index: index + 1 }).padEnd(nameWidth)} </Text>
              <Text color={theme.accent}>{'█'.repeat(filled)}</Text>
              <Text color={theme.muted}>{'░'.repeat(barWidth - filled)}</Text>
            </Text>
          );
        })}
        <Text>
          <Text color={theme.muted}>{th.screen.counter.padEnd(nameWidth)} </Text>
          <Text bold>{lab.counter.toLocaleString(lang === 'es' ? 'es-AR' : 'en-US')}</Text>
        </Text>
      </Box>
      {lab.phase === 'failed' ? <Text color={theme.bad}>{lab.error}</Text> : null}
      <Paragraph color={theme.accent} width={width} keep>
        {th.lesson}
      </Paragraph>
      <Paragraph width={width}>{th.why}</Paragraph>
      <Paragraph color={theme.muted} width={width}>
        {th.slow.aside}
      </Paragraph>
    </ScrollArea>
  );
}
