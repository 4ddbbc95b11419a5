import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import type { Step, ThreadId } from '../../core/race-steps.js';
import Paragraph from '../../ui/components/Paragraph.js';
import theme from '../../ui/theme.js';
import { pythonCode } from './python-code.js';
import type { SlowRace as Race } from './use-slow-race.js';
import type { SlowRaceWords } from './slow-race-words.en.js';

const names = ['A', 'B'] as const;
const threadColor = (thread: ThreadId) => (thread === 0 ? theme.accent : theme.hostBits);

/** What the step just run means, in a sentence; before the first step, how to start. */
function stepNote(steps: readonly Step[], shown: number, s: SlowRaceWords): string {
  const step = steps[Math.min(shown, steps.length) - 1];
  if (!step) return s.start;
  const name = names[step.thread];
  const other = names[step.thread === 0 ? 1 : 0];
  const value = step.values[step.thread] ?? 0;
  const note = step.waits
    ? s.notes.waits({ name, other })
    : step.overwrote !== undefined
      ? s.notes.overwrote({ name, other, count: step.count })
      : step.op === 'read' || step.op === 'add'
        ? s.notes[step.op]({ name, value, count: step.count })
        : step.op === 'write'
          ? s.notes.write({ name, count: step.count })
          : s.notes[step.op]({ name });
  return (step.switched ? s.switched({ from: other, to: name }) : '') + note;
}

interface Props {
  race: Race;
  words: SlowRaceWords;
  width: number;
  /** Rows the screen may use: under 18, the blank rows between parts go, so the note stays in view. */
  height: number;
}

/** Two threads stepping through `count = count + 1`, the Python beside, the lost update marked. */
export default function SlowRace({ race, words: s, width, height }: Props) {
  const { steps, shown, locked } = race;
  const done = shown > steps.length;
  const ran = steps.slice(0, shown);
  const current = ran.at(-1);
  const code = pythonCode(locked, s.comments);
  const lost = new Set(ran.flatMap((step) => (step.overwrote === undefined ? [] : [step.overwrote])));
  const at = [ran.findLast((step) => step.thread === 0), ran.findLast((step) => step.thread === 1)] as const;
  const codeWidth = Math.max(...code.map((line) => line.text.length)) + 4;
  // A reader would hear side-by-side columns as one line: the code first, then the threads.
  const reader = useIsScreenReaderEnabled();
  const sideBySide = width >= codeWidth + 40 && !reader;
  const gap = height >= 18 ? 1 : 0;

  const codeBlock = (
    <Box flexDirection="column" flexShrink={0} marginRight={sideBySide ? 3 : 0}>
      {code.map((line, index) => {
        const here = current && line.ops.includes(current.op) ? current : undefined;
        const color = here ? (here.waits ? theme.warn : threadColor(here.thread)) : undefined;
        // The paused thread stays marked, dim, on the line it ran last.
        const paused = current && at[current.thread === 0 ? 1 : 0];
        const pausedHere = paused !== undefined && line.ops.includes(paused.op) ? paused : undefined;
        return (
          <Text key={index} wrap="truncate-end">
            <Text color={color} bold>
              {here ? `${names[here.thread]}${here.waits ? '…' : '▶'}` : '  '}
            </Text>
            <Text color={theme.muted}>{pausedHere ? names[pausedHere.thread] : ' '} </Text>
            <Text color={color ?? theme.muted} bold={here !== undefined}>
              {line.text}
            </Text>
          </Text>
        );
      })}
    </Box>
  );

  const threadRow = (thread: ThreadId) => {
    const value = current?.values[thread];
    // Waiting lasts from the refused acquire until the thread's next step.
    const waiting = at[thread]?.waits ?? false;
    return (
      <Text key={thread} wrap="wrap">
        <Text color={threadColor(thread)} bold>
          {s.thread({ name: names[thread] })}
        </Text>
        <Text>{`  value = ${value ?? '—'}`}</Text>
        {current?.holder === thread ? <Text color={theme.good}>{`  ${s.holds}`}</Text> : null}
        {waiting ? <Text color={theme.warn}>{`  ${s.waiting}`}</Text> : null}
        {lost.has(thread) ? <Text color={theme.bad}>{`  ${s.lostMark({ name: names[thread] })}`}</Text> : null}
      </Text>
    );
  };

  const state = (
    <Box flexDirection="column" flexShrink={0} marginTop={sideBySide ? 0 : gap}>
      {threadRow(0)}
      {threadRow(1)}
      <Text wrap="wrap">
        <Text bold color={done ? (lost.size > 0 ? theme.bad : theme.good) : undefined}>
          {`count = ${current?.count ?? 0}`}
        </Text>
        <Text color={theme.muted}>
          {` · ${s.step({ step: ran.length, total: steps.length })}`}
          {race.auto ? ` · ${s.auto({ seconds: race.seconds })}` : ''}
        </Text>
      </Text>
    </Box>
  );

  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      <Text wrap="wrap">
        <Text bold>{s.title}</Text>
        <Text color={theme.muted}> · </Text>
        <Text color={theme.accent}>{locked ? s.withLock : s.withoutLock}</Text>
      </Text>
      <Box marginTop={gap} flexDirection={sideBySide ? 'row' : 'column'} flexShrink={0}>
        {codeBlock}
        {state}
      </Box>
      {/* The summary takes the note's place, so a 20-row terminal shows it without scrolling. */}
      {done ? (
        <Paragraph width={width} color={lost.size > 0 ? theme.bad : theme.good} keep>
          {locked ? s.doneLocked : s.doneRacy}
        </Paragraph>
      ) : (
        <Paragraph width={width} keep>
          {stepNote(steps, shown, s)}
        </Paragraph>
      )}
    </Box>
  );
}
