import { useMemo } from 'react';
import type { Lesson } from '../../lessons/lesson.js';
import { renderMarkdown } from '../../lessons/render-markdown.js';
import { lineText, wrapWords, type StyledLine } from '../../lessons/styled-lines.js';
import { searchLessons, type LineKind, type SearchHit } from '../../lessons/search-lessons.js';
import type { LessonWords } from './lesson-words.en.js';

const rendered = new Map<string, StyledLine[]>();

/** A lesson's body at one width; the same lesson at the same width is rendered once. */
function lessonBodyLines(lesson: Lesson, width: number): StyledLine[] {
  const key = `${lesson.lang}:${lesson.id}:${width}`;
  let lines = rendered.get(key);
  if (!lines) {
    lines = renderMarkdown(lesson.tokens, { width });
    rendered.set(key, lines);
  }
  return lines;
}

/**
 * The reader's document: the lesson, then a line that points at its check questions, then the done
 * mark. `readRows` leaves the mark out: a learner at the end of the text has read it all, mark or not.
 */
export function useLessonLines(
  lesson: Lesson,
  width: number,
  words: LessonWords,
  done: boolean,
): { lines: StyledLine[]; readRows: number } {
  return useMemo(() => {
    const end = wrapWords([{ text: words.reader.endHint({ count: lesson.quiz.length }), style: 'muted' }], width);
    const text = [...lessonBodyLines(lesson, width), [], ...end];
    const mark: StyledLine[] = done ? [[{ text: `✓ ${words.reader.done}`, style: 'strong' }]] : [];
    return { lines: [...text, ...mark], readRows: text.length };
  }, [lesson, width, words, done]);
}

/** A heading's spans are all heading; a code block's start with code. */
function kindOf(line: StyledLine): LineKind {
  if (line.length > 0 && line.every((span) => span.style === 'heading' || span.style === 'subheading'))
    return 'heading';
  return line[0]?.style === 'codeblock' ? 'code' : 'prose';
}

/** Lines of every lesson that hold the query, at the reader's width so a hit's line is a row. */
export function useSearchHits(lessons: readonly Lesson[], width: number, query: string): SearchHit[] {
  return useMemo(
    () =>
      searchLessons(
        lessons.map((lesson) => ({
          lesson,
          lines: lessonBodyLines(lesson, width).map((line) => ({ text: lineText(line), kind: kindOf(line) })),
        })),
        query,
      ),
    [lessons, width, query],
  );
}
