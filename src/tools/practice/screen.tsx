import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { optionLetter } from '../../core/quiz/option-label.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import { useShell } from '../../ui/shell-context.js';
import TextField from '../../ui/text-field/TextField.js';
import theme from '../../ui/theme.js';
import { bottomRows, fitRows, isChoice, menuEntries, topRows } from './practice-rows.js';
import RowList from './RowList.js';
import usePractice from './use-practice.js';
import type { ScreenProps } from '../tool.js';
import type { PracticeTool } from './entry.js';

/** Endless generated exercises, the next kind chosen by a Leitner schedule; progress is saved. */
export default function PracticeScreen({ payload, sources, words }: ScreenProps<PracticeTool>) {
  const { t, lang, width, height, open } = useShell();
  const source = useMemo(() => sources.quizSource(lang), [sources, lang]);
  const [seed] = useState(() => Math.floor(Math.random() * 2 ** 31));
  const practice = usePractice(source, seed);
  const { state, progress, topics } = practice;
  const text = words.screen;

  // `netlearn quiz binary` on a terminal opens straight on that topic.
  useEffect(() => {
    const wanted = payload?.topic;
    if (wanted && topics.includes(wanted)) practice.start(wanted);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening
  }, []);

  const entries = menuEntries(topics);
  const choice = isChoice(state);
  const typing = state.phase === 'question' && !choice && !state.confirmingReset;

  let bindings: Binding[];
  if (state.confirmingReset) {
    bindings = [
      { keys: ['y', 's'], label: text.yes, display: lang === 'es' ? 's' : 'y', run: practice.reset },
      { keys: ['n'], label: text.no, run: practice.cancelReset },
    ];
  } else if (state.phase === 'choose') {
    bindings = [
      { keys: ['up', 'k'], label: t.ui.keys.move, display: '↑↓', run: () => practice.move(-1) },
      { keys: ['down', 'j'], label: t.ui.keys.move, hidden: true, run: () => practice.move(1) },
      { keys: ['enter'], label: text.choose, run: () => practice.start(entries[state.selected]) },
      ...entries.map((topic, index) => ({
        keys: [String(index)],
        label: text.choose,
        display: `0-${entries.length - 1}`,
        hidden: index > 0,
        run: () => practice.start(topic),
      })),
      { keys: ['r'], label: text.reset, run: practice.askReset },
      { keys: ['d'], label: text.drill, run: () => open('drill') },
    ];
  } else if (state.phase === 'question' && choice) {
    const count = state.question?.choices?.length ?? 0;
    // A lesson question's options are lettered as in the lesson (numbers work too); port ranges are numbered.
    const lettered = state.question?.shape === 'option';
    // As in a lesson's questions: the cursor (arrows, a letter or a digit) picks, Enter confirms.
    const cursor = state.cursor;
    bindings = [
      {
        keys: ['up', 'k'],
        label: text.choose,
        display: `↑↓ ${lettered ? `a-${optionLetter(count - 1)}` : `1-${count}`}`,
        run: () => practice.point((cursor + count - 1) % count),
      },
      { keys: ['down', 'j'], label: text.choose, hidden: true, run: () => practice.point((cursor + 1) % count) },
      ...Array.from({ length: count }, (_, i) => ({
        keys: lettered ? [optionLetter(i), String(i + 1)] : [String(i + 1)],
        label: text.choose,
        hidden: true,
        run: () => practice.point(i),
      })),
      {
        keys: ['enter'],
        label: text.answer,
        run: () => practice.submit(lettered ? optionLetter(cursor) : String(cursor + 1)),
      },
      { keys: ['t'], label: text.topics, run: practice.topicsMenu },
      { keys: ['r'], label: text.reset, run: practice.askReset },
    ];
  } else if (state.phase === 'question') {
    // An empty field has nothing to judge: Enter is offered once something is typed.
    bindings =
      state.answer.trim() === '' ? [] : [{ keys: ['enter'], label: text.answer, run: () => practice.submit() }];
  } else {
    bindings = [
      { keys: ['enter', 'space'], label: text.next, display: 'Enter', run: practice.next },
      { keys: ['t'], label: text.topics, run: practice.topicsMenu },
      { keys: ['r'], label: text.reset, run: practice.askReset },
    ];
  }
  useKeymap(bindings, { textEntry: typing });

  const bottom = bottomRows(state, progress, words, width);
  const field = typing ? 1 : 0;
  // A blank row sets the streak apart when there is room for it.
  const top = topRows(state, progress, topics, words, width);
  const gap = top.length + field + bottom.length < height ? 1 : 0;
  const shown = fitRows(top, field + bottom.length + gap, height);

  return (
    <Box flexDirection="column" width={width} height={height}>
      <RowList rows={shown} />
      {typing ? (
        <Box>
          <Text color={theme.accent} bold>
            ›{' '}
          </Text>
          <TextField
            value={state.answer}
            placeholder={text.answerPlaceholder}
            onChange={practice.type}
            onSubmit={practice.submit}
          />
        </Box>
      ) : null}
      {gap ? <Box height={1} /> : null}
      <RowList rows={bottom} />
    </Box>
  );
}
