import { Box, Text } from 'ink';
import type { Lang } from '../../core/language.js';
import theme from '../../ui/theme.js';
import type { ThreadsWords } from './words.en.js';

interface WorkerBarsProps {
  /** Additions each worker has made. */
  progress: readonly number[];
  increments: number;
  /** The shared counter as it stands. */
  counter: number;
  barWidth: number;
  lang: Lang;
  words: ThreadsWords;
}

/** One bar per thread, filling as it adds, and the shared counter under them. */
export default function WorkerBars({ progress, increments, counter, barWidth, lang, words: th }: WorkerBarsProps) {
  const nameWidth = Math.max(
    th.screen.counter.length,
    ...progress.map((_, index) => th.screen.worker({ index: index + 1 }).length),
  );
  return (
    // Bars and a running count: animation a reader does without; the result rows say how it ended.
    <Box flexDirection="column" flexShrink={0} aria-hidden>
      {progress.map((done, index) => {
        const filled = Math.round((Math.min(done, increments) / increments) * barWidth);
        return (
          <Text key={index} wrap="truncate-end">
            <Text color={theme.muted}>{th.screen.worker({ index: index + 1 }).padEnd(nameWidth)} </Text>
            <Text color={theme.accent}>{'█'.repeat(filled)}</Text>
            <Text color={theme.muted}>{'░'.repeat(barWidth - filled)}</Text>
          </Text>
        );
      })}
      <Text wrap="truncate-end">
        <Text color={theme.muted}>{th.screen.counter.padEnd(nameWidth)} </Text>
        <Text bold>{counter.toLocaleString(lang === 'es' ? 'es-AR' : 'en-US')}</Text>
      </Text>
    </Box>
  );
}
