import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { drillTopics } from '../../core/drill/drill-questions.js';
import { answersPerMinute } from '../../core/drill/drill-stats.js';
import { minutesSeconds } from '../../core/minutes-seconds.js';
import WrappedText from '../../ui/components/WrappedText.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import AnswerField from '../../ui/components/AnswerField.js';
import theme from '../../ui/theme.js';
import type { ScreenProps } from '../tool.js';
import { drillMinuteLimits } from './drill-limits.js';
import { drillSummary } from './drill-summary.js';
import type { DrillTool } from './entry.js';
import useDrill from './use-drill.js';

const looks = {
  title: { bold: true },
  text: {},
  good: { color: theme.good, bold: true },
  muted: { color: theme.muted },
};

/** Timed drills: pick one and its minutes, answer as fast as you can, then see what was slow. */
export default function DrillScreen({ payload, sources, words }: ScreenProps<DrillTool>) {
  const { t, width, height } = useShell();
  const [seed] = useState(sources.seed);
  const drill = useDrill(sources.now, seed);
  const [selected, setSelected] = useState(Math.max(0, drillTopics.indexOf(payload?.topic ?? 'binary')));
  const [minutes, setMinutes] = useState(payload?.minutes ?? 2);
  const { run } = drill;
  // `netlearn drill binary` on a terminal starts straight away.
  useEffect(() => {
    if (payload?.topic) drill.start(payload.topic, payload.minutes ?? 2);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening
  }, []);
  const typing = run !== undefined && run.ended === undefined;

  const adjust = (by: number) =>
    setMinutes((m) => Math.min(drillMinuteLimits.max, Math.max(drillMinuteLimits.min, m + by)));
  let bindings: Binding[];
  if (run === undefined)
    bindings = [
      {
        keys: ['up', 'k'],
        label: t.ui.keys.move,
        display: '↑↓',
        run: () => setSelected((s) => (s + drillTopics.length - 1) % drillTopics.length),
      },
      {
        keys: ['down', 'j'],
        label: t.ui.keys.move,
        hidden: true,
        run: () => setSelected((s) => (s + 1) % drillTopics.length),
      },
      { keys: ['right', '+'], label: words.longer, display: '←→', run: () => adjust(1) },
      { keys: ['left', '-'], label: words.shorter, hidden: true, run: () => adjust(-1) },
      { keys: ['enter'], label: words.start, run: () => drill.start(drillTopics[selected]!, minutes) },
    ];
  else if (typing) bindings = [{ keys: ['enter'], label: words.answer, run: drill.submit }];
  else
    bindings = [
      { keys: ['enter'], label: words.again, run: () => drill.start(run.topic, run.minutes) },
      { keys: ['t'], label: words.topics, run: drill.menu },
    ];
  useKeymap(bindings, { textEntry: typing });

  const line = (text: string, look: { color?: string; bold?: boolean } = {}) => (
    <WrappedText width={width} {...look}>
      {text}
    </WrappedText>
  );
  if (run === undefined)
    return (
      <Box flexDirection="column" width={width} height={height}>
        {line(words.choose, { color: theme.accent, bold: true })}
        {drillTopics.map((topic, i) => (
          <Text key={topic} wrap="truncate-end" color={i === selected ? theme.accent : undefined} bold={i === selected}>
            {`${i === selected ? '›' : ' '} ${words.topicNames[topic]} · ${words.topicHints[topic]}`}
          </Text>
        ))}
        {line(words.minutes({ minutes }), { bold: true })}
      </Box>
    );
  const rate = answersPerMinute(run.stats, drill.elapsedMs);
  const left = minutesSeconds((run.minutes * 60_000 - drill.elapsedMs) / 1000);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {line(`${words.topicNames[run.topic]} · ${words.status({ streak: run.stats.streak, rate, left })}`, {
        color: theme.accent,
        bold: true,
      })}
      {run.last
        ? line(run.last.correct ? words.right : words.wrong({ expected: words.expectedText(run.last.question) }), {
            color: run.last.correct ? theme.good : theme.bad,
          })
        : null}
      {typing ? (
        <>
          {line(words.prompt(run.question))}
          <AnswerField value={drill.draft} placeholder={words.answerPlaceholder} onChange={drill.type} />
        </>
      ) : (
        <>
          {run.ended?.full ? line(words.timeUp, { color: theme.warn }) : null}
          {drillSummary(run.stats, run.ended!, words).map((row, i) => (
            <WrappedText key={i} width={width} {...looks[row.tone]}>
              {row.text}
            </WrappedText>
          ))}
        </>
      )}
    </Box>
  );
}
