import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { serverCheckIds } from '../../../core/check/checks.js';
import { timeoutLimits } from '../../../core/check/options.js';
import { parallelLimits } from '../../../core/class/options.js';
import { wrappedRows } from '../../../core/wrap.js';
import ScrollArea from '../../../ui/components/ScrollArea.js';
import WrappedText from '../../../ui/components/WrappedText.js';
import useScrollArea from '../../../ui/hooks/use-scroll-area.js';
import { useKeymap, type Binding } from '../../../ui/keymap.js';
import { useShell } from '../../../ui/shell-context.js';
import theme from '../../../ui/theme.js';
import type { ScreenProps } from '../../tool.js';
import ClassGrid, { markColors, marks } from './ClassGrid.js';
import { localTime } from './comments.js';
import type { ClassTool } from './entry.js';
import StudentDetail from './StudentDetail.js';
import useClassBook from './use-class-book.js';

/**
 * `netlearn class` on a terminal: choose a class, then the grid of its students (checks across),
 * filling in live as a sweep runs; Enter opens a student's diagnosis, r checks them again, R sweeps
 * everyone; with --every, the next sweep starts by itself.
 */
export default function ClassScreen({ payload, sources, words }: ScreenProps<ClassTool>) {
  const { t, width, height } = useShell();
  const [className, setClassName] = useState(payload?.className);
  const ids = payload?.ids ?? serverCheckIds;
  const options = {
    ids,
    timeoutMs: payload?.timeoutMs ?? timeoutLimits.default * 1000,
    strict: payload?.strict ?? false,
    parallel: payload?.parallel ?? parallelLimits.default,
  };
  const book = useClassBook(sources, sources.gradebookPath(payload?.dbPath), className, options);
  const [selected, setSelected] = useState(0);
  const [open, setOpen] = useState(false);
  const [nextIn, setNextIn] = useState<number | undefined>(undefined);
  const student = book.students[selected];
  const detailRows = Math.max(3, height - 1);
  const scroll = useScrollArea(detailRows, t.ui.keys.scroll);

  useEffect(() => {
    if (payload?.autostart && book.students.length > 0) book.sweep();
    // Once the roster is read: a later sweep is the teacher's R, or --every's timer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [book.students.length > 0]);

  // --every: a countdown once a sweep ends, and the next sweep when it reaches zero.
  useEffect(() => {
    if (payload?.everyMs === undefined || book.sweeping || book.students.length === 0) return setNextIn(undefined);
    const due = Date.now() + payload.everyMs;
    const tick = setInterval(() => {
      const left = Math.ceil((due - Date.now()) / 1000);
      if (left > 0) return setNextIn(left);
      clearInterval(tick);
      book.sweep();
    }, 1000);
    setNextIn(Math.ceil(payload.everyMs / 1000));
    return () => clearInterval(tick);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [book.sweeping, book.students.length]);

  const move = (by: number, count: number) => setSelected((now) => Math.max(0, Math.min(count - 1, now + by)));
  const picking = className === undefined;
  // Only where there is somewhere to move: a footer never offers a key that does nothing.
  const arrows = (count: number): Binding[] => [
    { keys: ['up', 'k'], label: t.ui.keys.move, display: '↑↓', run: () => move(-1, count) },
    { keys: ['down', 'j'], label: t.ui.keys.move, hidden: true, run: () => move(1, count) },
  ];
  const bindings: Binding[] = book.problem
    ? []
    : picking
      ? [
          ...(book.classes.length > 1 ? arrows(book.classes.length) : []),
          ...(book.classes.length > 0
            ? [
                {
                  keys: ['enter'],
                  label: words.screen.keys.open,
                  run: () => (setClassName(book.classes[selected]!.name), setSelected(0)),
                },
              ]
            : []),
        ]
      : open
        ? [{ keys: ['escape', 'enter'], label: words.screen.keys.back, run: () => setOpen(false) }, ...scroll.bindings]
        : [
            ...(book.students.length > 1 ? arrows(book.students.length) : []),
            ...(student ? [{ keys: ['enter'], label: words.screen.keys.open, run: () => setOpen(true) }] : []),
            ...(student && !book.sweeping
              ? [
                  { keys: ['r'], label: words.screen.keys.rerun, run: () => book.sweep([student.studentId]) },
                  { keys: ['R'], label: words.screen.keys.rerunAll, run: () => book.sweep() },
                ]
              : []),
          ];
  useKeymap(bindings);

  if (book.problem) {
    const say = words.errors[book.problem.problem as keyof typeof words.errors] as (
      p: Record<string, string>,
    ) => string;
    return (
      <WrappedText width={width} color={theme.bad}>
        {say({
          path: book.problem.path,
          subject: book.problem.subject ?? '',
          known: book.classes.map((info) => info.name).join(', '),
        })}
      </WrappedText>
    );
  }
  if (picking) {
    if (book.classes.length === 0)
      return (
        <WrappedText width={width} color={theme.muted}>
          {words.screen.noClasses}
        </WrappedText>
      );
    return (
      <Box flexDirection="column" width={width}>
        <Text bold>{words.screen.pick}</Text>
        {book.classes.map((info, index) => (
          <Text key={info.name} inverse={index === selected} wrap="truncate-end">
            {`${index === selected ? '› ' : '  '}${info.name}  `}
            <Text color={theme.muted}>
              {words.plain
                .classLine({
                  name: '',
                  count: info.students,
                  sweeps: info.sweeps,
                  last: info.lastSweep ? localTime(info.lastSweep) : words.plain.neverSwept,
                })
                .trim()}
            </Text>
          </Text>
        ))}
      </Box>
    );
  }
  if (open && student)
    return (
      <ScrollArea contentRef={scroll.ref} offset={scroll.offset} height={detailRows} width={width}>
        <StudentDetail student={student} run={book.runs.get(student.studentId)} width={width} words={words} />
      </ScrollArea>
    );

  const done = book.students.length - book.waiting.size;
  const status = book.sweeping
    ? words.screen.progress({ done, total: book.students.length })
    : nextIn !== undefined
      ? words.screen.nextIn({ seconds: nextIn })
      : '';
  const run = student ? book.runs.get(student.studentId) : undefined;
  // Under the grid, the selected student's checks by name: which column is which.
  const legend = ids.map((id) => {
    const result = run?.results.find((found) => found.id === id);
    return { id, mark: result ? marks[result.status] : ' ', color: result ? markColors[result.status] : theme.muted };
  });
  const legendText = legend.map((entry) => `${entry.mark} ${entry.id}`).join('  ');
  const gridRows = Math.max(3, height - 2 - wrappedRows(legendText, width) - 1);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text bold>{className}</Text>
        <Text color={theme.muted}>{status ? `  ${status}` : ''}</Text>
      </Text>
      <ClassGrid
        students={book.students}
        ids={ids}
        runs={book.runs}
        waiting={book.waiting}
        checking={book.checking}
        selected={selected}
        rows={gridRows}
        words={words}
      />
      <Box marginTop={1} width={width}>
        <Text wrap="wrap">
          {legend.map((entry, index) => (
            <Text key={entry.id}>
              <Text color={entry.color}>{entry.mark}</Text>
              <Text color={theme.muted}>{` ${entry.id}${index < legend.length - 1 ? '  ' : ''}`}</Text>
            </Text>
          ))}
        </Text>
      </Box>
    </Box>
  );
}
