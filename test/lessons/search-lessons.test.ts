import { describe, expect, test } from 'vitest';
import { loadLessons } from '../../src/lessons/load-lessons.js';
import { searchLessons } from '../../src/lessons/search-lessons.js';

const [server, client] = loadLessons('es');
const documents = [
  { lesson: server!, lines: ['Un servidor espera.', 'La dirección IP del servidor'] },
  { lesson: client!, lines: ['El cliente se conecta a la DIRECCIÓN y al puerto'] },
];

describe('searching every lesson', () => {
  test('finds each line that holds the words, in lesson order, with its line number', () => {
    expect(searchLessons(documents, 'dirección')).toEqual([
      { lessonId: 'server', title: server!.title, line: 1, text: 'La dirección IP del servidor' },
      { lessonId: 'client', title: client!.title, line: 0, text: 'El cliente se conecta a la DIRECCIÓN y al puerto' },
    ]);
  });

  test('ignores case and accents: "direccion" finds "dirección"', () => {
    expect(searchLessons(documents, 'DIRECCION').map((hit) => hit.lessonId)).toEqual(['server', 'client']);
  });

  test('an empty query finds nothing, and the number of hits is capped', () => {
    expect(searchLessons(documents, '   ')).toEqual([]);
    expect(searchLessons(documents, 'e', 2)).toHaveLength(2);
  });
});
