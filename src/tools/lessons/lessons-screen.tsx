import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { wrappedRows } from '../../core/wrap.js';
import { emptyProgress } from '../../progress/progress-data.js';
import { progressWarning } from '../../progress/progress-warning.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import { useProgress } from '../../ui/progress-context.js';
import { useShell } from '../../ui/shell-context.js';
import theme from '../../ui/theme.js';
import type { ScreenProps } from '../tool.js';
import type { LessonsTool } from './lessons-entry.js';
import type { LessonPayload } from './payload.js';
import WrappedText from '../../ui/components/WrappedText.js';

/** Set once the app has reopened the lesson the learner was reading when it last closed. */
const resumedKey = 'lessons-resumed';
/** The progress problem already warned about on an earlier visit: each is shown until the screen is left. */
const warnedKey = 'lessons-progress-warned';

/** The lessons with their done marks; the one being read is highlighted. R resets progress. */
export default function LessonsScreen({ payload, sources, words }: ScreenProps<LessonsTool>) {
  const { t, lang, width, height, open } = useShell();
  const { progress, update, problem, session } = useProgress();
  const lessons = useMemo(() => sources.lessons(lang), [sources, lang]);
  const { current, done } = progress.lessons;
  const [selected, setSelected] = useState(() =>
    Math.max(
      0,
      lessons.findIndex((lesson) => lesson.id === current),
    ),
  );
  const [confirming, setConfirming] = useState(false);
  // Whether progress was just reset: a flag, worded at each render so Tab switches it too.
  const [resetDone, setResetDone] = useState(false);
  const [warnedBefore] = useState(() => session.get(warnedKey));
  const warning = problem && problem.kind !== warnedBefore ? progressWarning(problem, t) : undefined;
  const problemKind = problem?.kind;
  useEffect(() => {
    if (problemKind) session.set(warnedKey, problemKind);
  }, [problemKind, session]);

  // Started again after quitting inside a lesson: go straight back to it.
  useEffect(() => {
    if (!payload?.resume || session.has(resumedKey)) return;
    session.set(resumedKey, '1');
    if (progress.lessons.reading && current) open('lesson', { id: current } satisfies LessonPayload);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening: later progress must not reopen it
  }, []);

  const count = lessons.length;
  const move = (delta: number) => {
    setResetDone(false);
    setSelected((index) => (index + delta + count) % count);
  };
  const reset = () => {
    update((p) => ({ ...emptyProgress(), ...(p.lang ? { lang: p.lang } : {}), practice: p.practice }));
    setConfirming(false);
    setSelected(0);
    setResetDone(true);
  };
  const k = words.keys;
  const bindings: Binding[] = confirming
    ? [
        { keys: ['y', 's'], label: k.yes, display: lang === 'es' ? 's' : 'y', run: reset },
        { keys: ['n'], label: k.no, run: () => setConfirming(false) },
        { keys: ['escape'], label: k.no, hidden: true, run: () => setConfirming(false) },
      ]
    : [
        { keys: ['up', 'k'], label: t.ui.keys.move, display: '↑↓', run: () => move(-1) },
        { keys: ['down', 'j'], label: t.ui.keys.move, hidden: true, run: () => move(1) },
        {
          keys: ['enter'],
          label: t.ui.keys.open,
          run: () => open('lesson', { id: lessons[selected]!.id } satisfies LessonPayload),
        },
        { keys: ['R'], label: k.reset, run: () => setConfirming(true) },
      ];
  useKeymap(bindings);

  const notice = confirming ? words.list.resetQuestion : resetDone ? words.list.resetDone : warning;
  // A warning may take two rows on a narrow terminal: the file's path and the reason both matter.
  const noticeRows = notice ? Math.min(3, wrappedRows(notice, width)) : 0;
  const rows = Math.max(1, height - 2 - noticeRows);
  const top = Math.max(0, Math.min(selected - Math.floor(rows / 2), count - rows));
  const numberWidth = String(count).length;

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>{words.list.heading}</Text>
        <Text color={theme.muted}>
          {'  '}
          {words.list.doneCount({ done: lessons.filter((l) => done.includes(l.id)).length, total: count })}
        </Text>
      </Text>
      {notice && (
        <WrappedText color={confirming ? theme.warn : resetDone ? theme.good : theme.warn} width={width}>
          {notice}
        </WrappedText>
      )}
      <Box flexDirection="column" marginTop={1} aria-role="list">
        {lessons.slice(top, top + rows).map((lesson, offset) => {
          const index = top + offset;
          const isSelected = index === selected;
          const isCurrent = lesson.id === current;
          return (
            <Box
              key={lesson.id}
              aria-role="listitem"
              aria-state={{ selected: isSelected, checked: done.includes(lesson.id) }}
            >
              <Text wrap="truncate-end" color={isSelected ? theme.accent : undefined} bold={isSelected}>
                <Text aria-hidden>{isSelected ? '› ' : '  '}</Text>
                <Text aria-hidden>{done.includes(lesson.id) ? <Text color={theme.good}>[x]</Text> : '[ ]'} </Text>
                {String(index + 1).padStart(numberWidth)}. {lesson.title}
                {isCurrent ? (
                  <Text color={theme.highlight}>
                    {'  '}● {words.list.reading}
                  </Text>
                ) : null}
              </Text>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
