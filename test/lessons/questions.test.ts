import { describe, expect, test } from 'vitest';
import { generatedTopics } from '../../src/core/quiz/question.js';
import type { Lesson } from '../../src/lessons/lesson.js';
import { loadLessons } from '../../src/lessons/load-lessons.js';
import { taughtIn } from './taught-in.js';

const byLang = { en: loadLessons('en'), es: loadLessons('es') };

/** The text under a `## heading`, up to the next one; undefined when the lesson has no such heading. */
function section(lesson: Lesson, heading: string): string | undefined {
  const parts = lesson.body.split(/^## /m);
  const found = parts.find((part) => part.split('\n', 1)[0]!.trim() === heading);
  return found?.slice(found.indexOf('\n') + 1);
}

describe('questions that teach', () => {
  test.each(Object.entries(byLang))(
    '%s: no answer position holds more than 35 percent of the right answers',
    (_, lessons) => {
      const questions = lessons.flatMap((lesson) => lesson.quiz);
      const counts = new Map<number, number>();
      for (const q of questions) counts.set(q.answer, (counts.get(q.answer) ?? 0) + 1);
      for (const [position, count] of counts)
        expect({ position, share: count / questions.length }).toMatchObject({
          share: expect.toSatisfy((share: number) => share <= 0.35),
        });
    },
  );

  test.each(Object.entries(byLang))(
    '%s: the right option is the longest (or tied) in at most 40%% of questions, the shortest too',
    (_, lessons) => {
      const questions = lessons.flatMap((lesson) => lesson.quiz);
      const longest = questions.filter((q) => {
        const lengths = q.options.map((option) => [...option].length);
        return lengths[q.answer]! >= Math.max(...lengths.filter((_, i) => i !== q.answer));
      });
      expect(longest.length / questions.length).toBeLessThanOrEqual(0.4);
      // Nor the reverse tell: the right option is the shortest (or tied) in at most 40% too.
      const shortest = questions.filter((q) => {
        const lengths = q.options.map((option) => [...option].length);
        return lengths[q.answer]! <= Math.min(...lengths.filter((_, i) => i !== q.answer));
      });
      expect(shortest.length / questions.length).toBeLessThanOrEqual(0.4);
    },
  );

  test.each(Object.entries(byLang))(
    '%s: no right option gives itself away by length: at most 1.3 times the longest wrong one, at least half the shortest',
    (_, lessons) => {
      for (const q of lessons.flatMap((lesson) => lesson.quiz)) {
        const right = [...q.options[q.answer]!].length;
        const wrong = q.options.filter((_, i) => i !== q.answer).map((option) => [...option].length);
        expect({ id: q.id, right, longestWrong: Math.max(...wrong) }).toMatchObject({
          right: expect.toSatisfy((length: number) => length <= 1.3 * Math.max(...wrong)),
        });
        expect({ id: q.id, right, shortestWrong: Math.min(...wrong) }).toMatchObject({
          right: expect.toSatisfy((length: number) => length >= 0.5 * Math.min(...wrong)),
        });
      }
    },
  );

  test.each(Object.entries(byLang))(
    '%s: the "claim: reason" form is no more common among right options than among wrong ones, give or take 10 points',
    (_, lessons) => {
      const questions = lessons.flatMap((lesson) => lesson.quiz);
      const claim = (option: string) => /\S: \S/.test(option);
      const rightShare = questions.filter((q) => claim(q.options[q.answer]!)).length / questions.length;
      const wrong = questions.flatMap((q) => q.options.filter((_, i) => i !== q.answer));
      const wrongShare = wrong.filter(claim).length / wrong.length;
      expect(rightShare - wrongShare).toBeLessThanOrEqual(0.1);
    },
  );

  test('every explanation is long enough to say why the wrong options tempt, not just which one is right', () => {
    for (const lesson of [...byLang.en, ...byLang.es])
      for (const q of lesson.quiz)
        expect({ id: q.id, long: q.explanation.length >= 180 }).toEqual({ id: q.id, long: true });
  });
});

describe('every generated Practice topic is taught in a lesson', () => {
  test('each topic has a row in the map', () => {
    expect(generatedTopics.filter((topic) => !taughtIn[topic])).toEqual([]);
  });

  test.each(Object.entries(taughtIn).flatMap(([topic, rows]) => rows.map((row) => [topic, row] as const)))(
    '%s: %o',
    (_, row) => {
      for (const [lang, lessons] of Object.entries(byLang) as ['en' | 'es', Lesson[]][]) {
        const lesson = lessons.find((candidate) => candidate.id === row.lesson);
        expect(lesson, `${lang}: lesson ${row.lesson}`).toBeDefined();
        const text = section(lesson!, row.section[lang]);
        expect(text, `${lang}: ${row.lesson} has the section "${row.section[lang]}"`).toBeDefined();
        for (const fact of row.holds) expect(text, `${lang}: ${row.lesson} § ${row.section[lang]}`).toContain(fact);
      }
    },
  );
});
