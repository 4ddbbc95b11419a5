import { Box, Text } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isLessonId } from '../../lessons/lesson-ids.js';
import { allAnsweredRight, neighbour } from '../../lessons/lesson-status.js';
import type { Progress } from '../../progress/progress-data.js';
import { useProgress } from '../../ui/progress-context.js';
import { useShell } from '../../ui/shell-context.js';
import TextField from '../../ui/text-field/TextField.js';
import theme from '../../ui/theme.js';
import MarkdownLine from './MarkdownLine.js';
import QuizView from './QuizView.js';
import { quizRows, quizTop } from './quiz-rows.js';
import SearchView from './SearchView.js';
import { useLessonLines, useSearchHits } from './use-lesson-lines.js';
import useReaderKeys from './use-reader-keys.js';
import useReaderState from './use-reader-state.js';
import type { ExamplePayload, ScreenProps } from '../tool.js';
import type { LessonTool } from './lesson-entry.js';

/** Where the reader was opened from; it is still there when a tool opened by "Try it" closes. */
const readerSessionKey = 'lesson-reader';

type LessonsProgress = Progress['lessons'];

/**
 * The lesson reader: the lesson rendered for the terminal, scrolling, next and previous lesson,
 * search across every lesson, "Try it", and the check questions at the end. The lesson and the
 * scroll position live in progress, so they survive quitting and a tool opened on top.
 */
export default function LessonScreen({ payload, sources, words }: ScreenProps<LessonTool>) {
  const { t, lang, width, height, placeKey, open, back } = useShell();
  const { progress, update, session } = useProgress();
  const lessons = useMemo(() => sources.lessons(lang), [sources, lang]);
  const [state, dispatch] = useReaderState();

  // A fresh open shows the lesson asked for; coming back from a tool keeps the one being read.
  const opened = `${placeKey}:${payload?.id ?? ''}`;
  const [initial] = useState(() => {
    if (session.get(readerSessionKey) === opened && progress.lessons.current) return undefined;
    const asked = payload?.id;
    const id = asked && isLessonId(asked) ? asked : (progress.lessons.current ?? lessons[0]!.id);
    const line = payload?.line ?? -1;
    const scroll =
      Number.isInteger(line) && line >= 0 ? line : id === progress.lessons.current ? progress.lessons.scroll : 0;
    return { id, scroll };
  });
  const adopted = useRef(initial === undefined);
  const saved = progress.lessons;
  const id = adopted.current ? (saved.current ?? lessons[0]!.id) : initial!.id;
  const lesson = lessons.find((candidate) => candidate.id === id) ?? lessons[0]!;
  const done = saved.done.includes(lesson.id);

  const setLessons = (change: Partial<LessonsProgress>) =>
    update((p) => ({ ...p, lessons: { ...p.lessons, ...change } }));
  useEffect(() => {
    session.set(readerSessionKey, opened);
    adopted.current = true;
    setLessons(initial ? { current: initial.id, scroll: initial.scroll, reading: true } : { reading: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening: records the lesson this visit shows
  }, []);

  const { lines, readRows } = useLessonLines(lesson, width, words, done);
  const textRows = Math.max(1, height - 1);
  const maxScroll = Math.max(0, lines.length - textRows);
  const scroll = Math.min(adopted.current ? saved.scroll : initial!.scroll, maxScroll);
  const [marked, setMarked] = useState<number | undefined>(undefined);
  const scrollTo = (next: number) => {
    setMarked(undefined);
    setLessons({ scroll: Math.max(0, Math.min(next, maxScroll)) });
  };

  const hits = useSearchHits(lessons, width, state.mode === 'search' ? state.query : '');

  const goTo = (lessonId: string, line = 0) => {
    dispatch({ type: 'read' });
    setLessons({ current: lessonId, scroll: line });
  };
  const step = (direction: 1 | -1) => {
    const next = neighbour(lessons, lesson.id, direction);
    if (next) goTo(next.id);
  };
  const leave = () => {
    session.delete(readerSessionKey);
    setLessons({ reading: false });
    back();
  };

  const question = lesson.quiz[Math.min(state.question, lesson.quiz.length - 1)]!;
  const answered = saved.answers[question.id];
  const openQuiz = () => {
    const first = lesson.quiz.findIndex((q) => saved.answers[q.id] !== q.answer);
    const index = first === -1 ? 0 : first;
    dispatch({ type: 'quiz', question: index, choice: saved.answers[lesson.quiz[index]!.id] ?? 0 });
  };
  const showQuestion = (index: number) => {
    if (index < 0 || index >= lesson.quiz.length) return;
    dispatch({ type: 'quiz', question: index, choice: saved.answers[lesson.quiz[index]!.id] ?? 0 });
  };
  const answer = () => {
    if (answered === state.choice && state.question < lesson.quiz.length - 1) return showQuestion(state.question + 1);
    dispatch({ type: 'quizShift', shift: 0 });
    const answers = { ...saved.answers, [question.id]: state.choice };
    // A question answered before (even before first tries were kept) keeps its first answer.
    const first = saved.firstAnswers?.[question.id] ?? saved.answers[question.id] ?? state.choice;
    const firstAnswers = { ...saved.firstAnswers, [question.id]: first };
    const nowDone = allAnsweredRight(lesson, answers);
    setLessons({ answers, firstAnswers, done: nowDone && !done ? [...saved.done, lesson.id] : saved.done });
  };
  const choose = (choice: number) => {
    if (choice >= 0 && choice < question.options.length) dispatch({ type: 'choose', choice });
  };
  const jump = () => {
    const hit = hits[state.hit];
    if (!hit) return;
    goTo(hit.lessonId, Math.max(0, hit.line - 1));
    setMarked(hit.line);
  };

  // Scored on first tries, as Practice is: a retry can finish the lesson but not raise the score.
  const right = lesson.quiz.filter((q) => (saved.firstAnswers?.[q.id] ?? saved.answers[q.id]) === q.answer).length;
  const allAnswered = lesson.quiz.every((q) => saved.answers[q.id] !== undefined);
  const missed = lesson.quiz.findIndex((q) => saved.answers[q.id] !== q.answer);
  const quiz = quizRows({
    question,
    index: state.question,
    total: lesson.quiz.length,
    choice: state.choice,
    answered,
    lessonDone: done,
    tally: allAnswered
      ? { right, total: lesson.quiz.length, done: missed === -1, last: !neighbour(lessons, lesson.id, 1) }
      : undefined,
    words,
    width,
  });
  const quizLimit = quizTop(quiz.rows.length, quiz.focus, textRows);
  const page = Math.max(1, textRows - 1);
  const shiftQuiz = (by: number) =>
    dispatch({ type: 'quizShift', shift: Math.max(0, Math.min(quizLimit, state.quizShift + by)) });

  useReaderKeys(
    state.mode,
    question.options.length,
    {
      scroll: (lines) => scrollTo(scroll + lines),
      scrollToEnd: (end) => scrollTo(end === 'top' ? 0 : maxScroll),
      page,
      scrolls: maxScroll > 0,
      questions: lesson.quiz.length,
      openQuiz,
      step,
      has: {
        next: neighbour(lessons, lesson.id, 1) !== undefined,
        previous: neighbour(lessons, lesson.id, -1) !== undefined,
      },
      search: () => dispatch({ type: 'search' }),
      tryIt: () =>
        open(lesson.tool, lesson.example ? ({ example: lesson.example } satisfies ExamplePayload) : undefined),
      leave,
      read: () => dispatch({ type: 'read' }),
      moveChoice: (delta) => choose(state.choice + delta),
      choose,
      answer,
      pageQuiz: (direction) => shiftQuiz(direction === -1 ? page : -page),
      question: (direction) => showQuestion(state.question + direction),
      moveHit: (delta) => dispatch({ type: 'hit', hit: Math.max(0, Math.min(hits.length - 1, state.hit + delta)) }),
      jump,
      hits: hits.length,
      retry: allAnswered && missed !== -1 ? () => showQuestion(missed) : undefined,
    },
    words,
    t,
  );

  const position = words.reader.position({ index: lessons.indexOf(lesson) + 1, total: lessons.length });
  // How far through the text, not the done mark under it: marking a lesson done does not unread it.
  const readEnd = Math.max(0, readRows - textRows);
  const percent = readEnd === 0 ? 100 : Math.min(100, Math.round((scroll / readEnd) * 100));
  const status = `${lesson.title} · ${position} · ${percent}%`;

  return (
    <Box flexDirection="column" height={height}>
      <Box flexDirection="column" height={textRows} overflowY="hidden">
        {state.mode === 'read' &&
          lines
            .slice(scroll, scroll + textRows)
            .map((line, index) => <MarkdownLine key={scroll + index} line={line} marked={marked === scroll + index} />)}
        {state.mode === 'quiz' && <QuizView height={textRows} shift={state.quizShift} {...quiz} />}
        {state.mode === 'search' && (
          <SearchView
            hits={hits}
            selected={state.hit}
            query={state.query}
            height={textRows}
            width={width}
            words={words}
          />
        )}
      </Box>
      {state.mode === 'search' ? (
        <Box width={width}>
          <Text color={theme.accent}>/ </Text>
          <TextField
            value={state.query}
            placeholder={words.search.prompt}
            onChange={(query) => dispatch({ type: 'query', query })}
          />
        </Box>
      ) : (
        <Text color={theme.muted} wrap="truncate-end">
          {done ? <Text color={theme.good}>✓ </Text> : null}
          {status}
        </Text>
      )}
    </Box>
  );
}
