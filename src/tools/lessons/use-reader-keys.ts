import { optionLetter } from '../../core/quiz/option-label.js';
import type { Dictionary } from '../../i18n/index.js';
import type { LessonWords } from './lesson-words.en.js';
import { useKeymap, type Binding } from '../../ui/keymap.js';
import type { ReaderMode } from './use-reader-state.js';

/** What the reader's keys do; the screen supplies each action. */
export interface ReaderActions {
  /** Scrolls the text by this many lines (negative: up). */
  scroll: (lines: number) => void;
  scrollToEnd: (end: 'top' | 'bottom') => void;
  /** Lines in one page of text. */
  page: number;
  /** Whether the text is longer than the screen: a lesson that fits has nothing to scroll. */
  scrolls: boolean;
  /** How many check questions the lesson has: with one, there is no other to step to. */
  questions: number;
  openQuiz: () => void;
  /** Next (1) or previous (-1) lesson. */
  step: (direction: 1 | -1) => void;
  /** Whether there is a lesson after and before this one (the last has no next). */
  has: { next: boolean; previous: boolean };
  search: () => void;
  tryIt: () => void;
  /** Back to the lessons list. */
  leave: () => void;
  /** Back from questions or search to the text. */
  read: () => void;
  /** Moves the option cursor by this many (arrows). */
  moveChoice: (delta: number) => void;
  choose: (option: number) => void;
  answer: () => void;
  /** Pages the question view up (-1) or down (1) when it is taller than the screen. */
  pageQuiz: (direction: 1 | -1) => void;
  /** Previous (-1) or next (1) question. */
  question: (direction: 1 | -1) => void;
  /** Back to the first question answered wrong; undefined when none is. */
  retry?: () => void;
  /** Moves the cursor over the search hits. */
  moveHit: (delta: number) => void;
  /** How many search hits there are: no hit to go to, no Enter; one, no arrows. */
  hits: number;
  jump: () => void;
}

/**
 * The reader's keys, one table per mode; the same table drives the footer. While the search field
 * has focus, printable keys go to it.
 */
export default function useReaderKeys(
  mode: ReaderMode,
  optionCount: number,
  actions: ReaderActions,
  words: LessonWords,
  t: Dictionary,
): void {
  const k = words.keys;
  const common: Binding[] = [
    ...(actions.has.next ? [{ keys: ['n'], label: k.next, run: () => actions.step(1) }] : []),
    ...(actions.has.previous ? [{ keys: ['p'], label: k.previous, run: () => actions.step(-1) }] : []),
    { keys: ['/'], label: k.search, run: actions.search },
    { keys: ['t'], label: k.tryIt, run: actions.tryIt },
  ];
  const scrollKeys: Binding[] = [
    { keys: ['up', 'k'], label: k.scroll, display: '↑↓', run: () => actions.scroll(-1) },
    { keys: ['down', 'j'], label: k.scroll, hidden: true, run: () => actions.scroll(1) },
    {
      keys: ['pageup'],
      label: k.page,
      display: `PgUp/PgDn/${t.ui.keys.space}`,
      run: () => actions.scroll(-actions.page),
    },
    { keys: ['pagedown', 'space'], label: k.page, hidden: true, run: () => actions.scroll(actions.page) },
    { keys: ['home'], label: k.ends, display: 'Home/End', run: () => actions.scrollToEnd('top') },
    { keys: ['end'], label: k.ends, hidden: true, run: () => actions.scrollToEnd('bottom') },
  ];
  // Esc is hidden: the shell's own "Esc back" already says what it does.
  const tables: Record<ReaderMode, Binding[]> = {
    read: [
      ...(actions.scrolls ? scrollKeys : []),
      { keys: ['enter'], label: k.questions, run: actions.openQuiz },
      ...common,
      { keys: ['escape'], label: t.ui.keys.back, run: actions.leave },
    ],
    quiz: [
      {
        keys: ['up', 'k'],
        label: k.choose,
        display: `↑↓ a-${optionLetter(optionCount - 1)}`,
        run: () => actions.moveChoice(-1),
      },
      { keys: ['down', 'j'], label: k.choose, hidden: true, run: () => actions.moveChoice(1) },
      ...Array.from({ length: optionCount }, (_, i) => ({
        keys: [optionLetter(i), String(i + 1)],
        label: k.choose,
        hidden: true,
        run: () => actions.choose(i),
      })),
      { keys: ['enter'], label: k.answer, run: actions.answer },
      { keys: ['pageup'], label: k.page, hidden: true, run: () => actions.pageQuiz(-1) },
      { keys: ['pagedown'], label: k.page, hidden: true, run: () => actions.pageQuiz(1) },
      ...(actions.retry ? [{ keys: ['r'], label: k.retry, run: actions.retry }] : []),
      ...(actions.questions > 1
        ? [
            { keys: ['left'], label: k.question, display: '←→', run: () => actions.question(-1) },
            { keys: ['right'], label: k.question, hidden: true, run: () => actions.question(1) },
          ]
        : []),
      ...common,
      { keys: ['escape'], label: k.text, run: actions.read },
    ],
    search: [
      ...(actions.hits > 1
        ? [
            { keys: ['up'], label: k.choose, display: '↑↓', run: () => actions.moveHit(-1) },
            { keys: ['down'], label: k.choose, hidden: true, run: () => actions.moveHit(1) },
          ]
        : []),
      ...(actions.hits > 0 ? [{ keys: ['enter'], label: k.jump, run: actions.jump }] : []),
      { keys: ['escape'], label: k.close, run: actions.read },
    ],
  };
  useKeymap(tables[mode], { textEntry: mode === 'search' });
}
