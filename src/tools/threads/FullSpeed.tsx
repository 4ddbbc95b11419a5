import { Box, Text } from 'ink';
import { raceVerdict, type VerdictKind } from './race-verdict.js';
import Paragraph from '../../ui/components/Paragraph.js';
import ScrollArea from '../../ui/components/ScrollArea.js';
import useScrollArea from '../../ui/hooks/use-scroll-area.js';
import useTerminalSize from '../../ui/hooks/use-terminal-size.js';
import { useKeymap } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import { sideBySide, useWide } from '../../ui/wide.js';
import WrappedText, { type TextPart } from '../../ui/components/WrappedText.js';
import useRaceLab from './use-race-lab.js';
import WorkerBars from './WorkerBars.js';
import type { RunResult } from '../../core/race.js';
import type { Binding } from '../../ui/keymap.js';
import type { ThreadsSources } from './sources.js';
import type { ThreadsWords } from './words.en.js';

/** More additions than the command's default, so the race lasts long enough to watch. */
const workers = 4;
const increments = 500_000;
/** How many runs without a lock `c` counts: enough that a lucky one stands out as luck. */
const countedRuns = 10;

interface Props {
  startRace: ThreadsSources['startRace'];
  /** The key back to slow motion, listed with this view's own. */
  slowKey: Binding;
  words: ThreadsWords;
}

/**
 * The proof at full speed: four threads race on one counter, then take turns with a mutex. On a
 * terminal of 120 columns or more the two runs stand side by side, each with its threads' bars.
 */
export default function FullSpeed({ startRace, slowKey, words: th }: Props) {
  const { t, lang, width, height } = useShell();
  const { columns } = useTerminalSize();
  const lab = useRaceLab(startRace, workers, increments);
  const running = lab.phase === 'without-lock' || lab.phase === 'with-lock';
  const scroll = useScrollArea(height, t.ui.keys.scroll);
  useKeymap([
    // While the threads run there is nothing to run again yet.
    ...(running
      ? []
      : [
          { keys: ['r'], label: th.screen.runAgain, run: lab.again },
          { keys: ['c'], label: th.screen.countRuns({ runs: countedRuns }), run: () => lab.countRuns(countedRuns) },
        ]),
    slowKey,
    ...scroll.bindings,
  ]);

  const expected = workers * increments;
  const verdictColor: Record<VerdictKind, string | undefined> = {
    lost: theme.bad,
    exact: theme.good,
    lucky: theme.warn,
  };
  const wide = useWide(columns - 2);
  const [columnWidth] = wide ? sideBySide(width) : [width];
  const labelWidth = wide ? 0 : Math.max(th.withoutLock.length, th.withLock.length);
  const barWidth = Math.max(10, Math.min(40, columnWidth - 24));
  const lucky = lab.withoutLock !== undefined && lab.withoutLock.result >= expected;
  const resultRow = (label: string, result: RunResult | undefined, active: boolean, locked: boolean) => {
    // Four threads always race: only the lock makes an exact count more than luck.
    const labelLook = { bold: true, color: active ? theme.accent : undefined };
    // Side by side, the label stands above its result (label ''): a column is too narrow for both.
    const parts: TextPart[] = label === '' ? [] : [{ text: `${label.padEnd(labelWidth)} `, style: labelLook }];
    if (result) {
      const verdict = raceVerdict(expected - result.result, expected, !locked, th);
      parts.push(
        { text: `${th.got({ result: result.result })}  ` },
        { text: verdict.text, style: { color: verdictColor[verdict.kind] } },
        { text: `  ${th.ms({ ms: Math.round(result.ms) })}`, style: { color: theme.muted } },
      );
    } else parts.push({ text: active ? th.running : th.screen.waiting, style: { color: theme.muted } });
    return <WrappedText width={columnWidth}>{parts}</WrappedText>;
  };
  // Side by side, each run keeps its own bars: full once it finished, empty while it waits.
  const runPanel = (label: string, result: RunResult | undefined, phase: typeof lab.phase, locked: boolean) => {
    const active = lab.phase === phase;
    return (
      <Box flexDirection="column" width={columnWidth} flexShrink={0}>
        <Text bold color={active ? theme.accent : undefined} wrap="truncate-end">
          {label}
        </Text>
        {resultRow('', result, active, locked)}
        <WorkerBars
          progress={active ? lab.progress : Array<number>(workers).fill(result ? increments : 0)}
          increments={increments}
          counter={active ? lab.counter : (result?.result ?? 0)}
          barWidth={barWidth}
          lang={lang}
          words={th}
        />
      </Box>
    );
  };

  return (
    <ScrollArea contentRef={scroll.ref} offset={scroll.offset} height={height} width={width}>
      <Box width={width} flexShrink={0}>
        <WrappedText bold width={width}>
          {th.setup({ workers, increments, expected })}
        </WrappedText>
      </Box>
      {wide ? (
        <Box marginTop={1} flexShrink={0} columnGap={2}>
          {runPanel(th.withoutLock, lab.withoutLock, 'without-lock', false)}
          {runPanel(th.withLock, lab.withLock, 'with-lock', true)}
        </Box>
      ) : (
        <>
          <Box flexDirection="column" marginTop={1} flexShrink={0}>
            {resultRow(th.withoutLock, lab.withoutLock, lab.phase === 'without-lock', false)}
            {resultRow(th.withLock, lab.withLock, lab.phase === 'with-lock', true)}
          </Box>
          <Box marginTop={1} flexShrink={0}>
            <WorkerBars
              progress={lab.progress}
              increments={increments}
              counter={lab.counter}
              barWidth={barWidth}
              lang={lang}
              words={th}
            />
          </Box>
        </>
      )}
      {lab.counting ? (
        <Paragraph color={theme.muted} width={width} keep>
          {th.screen.counting({ done: lab.counting.done + 1, total: lab.counting.total })}
        </Paragraph>
      ) : lab.tally.runs > 1 ? (
        <Paragraph color={lab.tally.lossy > 0 ? theme.bad : theme.warn} width={width} keep>
          {th.tally(lab.tally)}
        </Paragraph>
      ) : null}
      {lucky && !lab.counting && lab.tally.runs <= 1 ? (
        <Paragraph color={theme.warn} width={width} keep>
          {th.luckyRun}
        </Paragraph>
      ) : null}
      {lab.phase === 'failed' ? (
        <WrappedText color={theme.bad} width={width}>
          {lab.error ?? ''}
        </WrappedText>
      ) : null}
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
