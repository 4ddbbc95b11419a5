import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/input-error.js';
import { findLesson } from '../../src/lessons/find-lesson.js';
import { loadLessons } from '../../src/lessons/load-lessons.js';

const en = loadLessons('en');
const es = loadLessons('es');

describe('finding the lesson a learner asks for', () => {
  test('the id in any case, with spaces around it', () => {
    expect(findLesson(en, 'IPV4').id).toBe('ipv4');
    expect(findLesson(en, ' ipv4 ').id).toBe('ipv4');
    expect(findLesson(en, 'AF_INET').id).toBe('af-inet');
  });

  test('the lesson number from the list', () => {
    const number = (id: string) => String(en.findIndex((lesson) => lesson.id === id) + 1);
    expect(findLesson(en, number('ipv4')).id).toBe('ipv4');
    expect(findLesson(en, '1').id).toBe('server');
    expect(findLesson(es, String(es.length)).id).toBe(es.at(-1)!.id);
  });

  test('the title in the lesson language, accents and articles optional', () => {
    expect(findLesson(es, 'hilos').id).toBe('thread');
    expect(findLesson(es, 'Hilo').id).toBe('thread');
    expect(findLesson(es, 'analogia del puerto maritimo').id).toBe('analogy');
    expect(findLesson(es, 'la tupla de dirección').id).toBe('address-tuple');
    expect(findLesson(en, 'Threads').id).toBe('thread');
    expect(findLesson(en, 'harbour analogy').id).toBe('analogy');
  });

  test('anything else is an InputError with every id and the nearest', () => {
    for (const wrong of ['ipv5', String(es.length + 1), '0', '', 'hilos']) {
      const lessons = wrong === 'hilos' ? en : es;
      const error = (() => {
        try {
          findLesson(lessons, wrong);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(InputError);
    }
    try {
      findLesson(en, ' IPV5 ');
    } catch (error) {
      expect((error as InputError).details).toMatchObject({ part: 'IPV5', suggestion: 'ipv4' });
    }
  });
});
