import { cardOf } from '../../core/quiz/leitner.js';
import { optionLabel } from '../../core/quiz/option-label.js';
import { itemKey, type Topic } from '../../core/quiz/question.js';
import { accuracy, type Score } from '../../core/quiz/score.js';
import type { PracticeProgress } from './practice-progress.js';
import type { PracticeState } from './practice-state.js';
import type { PracticeWords } from './words.en.js';
import { displayWidth } from '../../core/display-width.js';
import { wrapText } from '../../core/wrap.js';

export type RowTone = 'title' | 'text' | 'muted' | 'selected' | 'right' | 'wrong' | 'warn' | 'solution';

export interface Row {
  text: string;
  tone: RowTone;
  /** A topic or a choice, for a screen reader: its role, and whether the cursor is on it or it was answered. */
  item?: { role: 'option' | 'radio'; state: { selected: boolean; checked?: boolean } };
}

/** The topic menu: the mix first, then each topic on offer. */
export function menuEntries(topics: readonly Topic[]): (Topic | undefined)[] {
  return [undefined, ...topics];
}

/** Whether a question is answered with a number key rather than typed. */
export function isChoice(state: PracticeState): boolean {
  const shape = state.question?.shape;
  return shape === 'range' || shape === 'option';
}

function tallyText(score: Score, topic: Topic | undefined, words: PracticeWords): string {
  const tally = topic ? (score.byTopic[topic] ?? { correct: 0, total: 0 }) : score;
  return words.screen.accuracy({ percent: accuracy(tally), correct: tally.correct, total: tally.total });
}

/** Streak and accuracy, on one row when they fit. */
function statsRows(progress: PracticeProgress, topic: Topic | undefined, words: PracticeWords, width: number): Row[] {
  const streak = words.screen.streak({ streak: progress.score.streak, best: progress.score.bestStreak });
  const tally = (topic ? `${words.topicNames[topic]}: ` : '') + tallyText(progress.score, topic, words);
  const joined = `${streak} · ${tally}`;
  if (displayWidth(joined) <= width) return [{ text: joined, tone: 'muted' }];
  return [
    { text: streak, tone: 'muted' },
    { text: tally, tone: 'muted' },
  ];
}

const wrapped = (text: string, tone: RowTone, width: number): Row[] =>
  wrapText(text, width).map((line) => ({ text: line, tone }));

/** The rows above the answer field (or all the rows, when there is no field). */
export function topRows(
  state: PracticeState,
  progress: PracticeProgress,
  topics: readonly Topic[],
  words: PracticeWords,
  width: number,
): Row[] {
  const text = words.screen;
  if (state.phase === 'choose' || !state.question) {
    const entries = menuEntries(topics);
    const nameWidth = Math.max(...entries.map((topic) => (topic ? words.topicNames[topic] : text.mix).length));
    return [
      { text: text.chooseTopic, tone: 'title' },
      ...entries.map((topic, index): Row => {
        const name = (topic ? words.topicNames[topic] : text.mix).padEnd(nameWidth);
        const percent = accuracy(topic ? (progress.score.byTopic[topic] ?? { correct: 0, total: 0 }) : progress.score);
        const line = `${index === state.selected ? '› ' : '  '}${index} ${name}${percent === undefined ? '' : `  ${percent}%`}`;
        const selected = index === state.selected;
        return {
          text: line.slice(0, width),
          tone: selected ? 'selected' : 'text',
          item: { role: 'option', state: { selected } },
        };
      }),
    ];
  }
  const q = state.question;
  const box = cardOf(progress.leitner, itemKey(q)).box;
  const rows: Row[] = [
    ...wrapped(`${words.topicNames[q.topic]} · ${text.box({ box })}`, 'title', width),
    ...wrapped(text.boxMeaning, 'muted', width),
    ...wrapped(words.prompt(q), 'text', width),
  ];
  const answered = state.phase === 'feedback';
  if (isChoice(state)) {
    // Choices with the cursor, as a lesson's questions show them; once answered, which was right.
    const right = Number(q.shape === 'option' ? q.expected : (q.choices?.indexOf(q.expected) ?? 0) + 1) - 1;
    q.choices?.forEach((choice, i) => {
      const label = q.shape === 'option' ? optionLabel(i) : `${i + 1}`;
      const name = q.shape === 'range' ? words.rangeNames[choice as keyof typeof words.rangeNames] : choice;
      const mark = answered ? (i === right ? '✓' : i === state.cursor ? '✗' : ' ') : i === state.cursor ? '›' : ' ';
      const tone: RowTone = answered
        ? i === right
          ? 'right'
          : i === state.cursor
            ? 'wrong'
            : 'text'
        : i === state.cursor
          ? 'selected'
          : 'text';
      const [first, ...rest] = wrapped(`${mark} ${label} ${name}`, tone, width);
      const item = { selected: !answered && i === state.cursor, checked: answered && i === state.cursor };
      rows.push({ ...first!, item: { role: 'radio', state: item } }, ...rest);
    });
  }
  if (!answered) return rows;

  const verdict = state.verdict;
  if (!isChoice(state)) rows.push({ text: `› ${state.answer}`.slice(0, width), tone: 'muted' });
  if (verdict?.correct) rows.push({ text: words.right, tone: 'right' });
  else {
    rows.push(...wrapped(words.wrong({ expected: words.expectedText(q) }), 'wrong', width));
    if (verdict?.reason === 'leading-zero') rows.push(...wrapped(words.leadingZero, 'warn', width));
  }
  // The worked answer either way: a right guess learns from it too.
  for (const line of words.solution(q.solution)) rows.push(...wrapped(line, 'solution', width));
  rows.push({ text: text.pressNext, tone: 'muted' });
  return rows;
}

/** The rows under the field: a reset question, a notice, then streak and accuracy. */
export function bottomRows(
  state: PracticeState,
  progress: PracticeProgress,
  words: PracticeWords,
  width: number,
): Row[] {
  const rows: Row[] = [];
  if (state.confirmingReset) rows.push(...wrapped(words.screen.confirmReset, 'warn', width));
  else if (state.notice === 'reset') rows.push({ text: words.screen.resetDone, tone: 'warn' });
  return [...rows, ...statsRows(progress, state.phase === 'choose' ? undefined : state.topic, words, width)];
}

/**
 * Fits the rows into the height: when they overflow, the question's prompt gives way first (the
 * answer, verdict and worked solution matter more once answered), then rows are cut at the end.
 */
export function fitRows(top: Row[], reserved: number, height: number): Row[] {
  const room = Math.max(1, height - reserved);
  if (top.length <= room) return top;
  const promptEnd = top.findIndex((row, i) => i > 0 && row.tone !== 'text');
  const withoutPrompt = promptEnd > 1 ? [top[0]!, ...top.slice(promptEnd)] : top;
  return withoutPrompt.slice(0, room);
}
