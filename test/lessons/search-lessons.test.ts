import { describe, expect, test } from 'vitest';
import { loadLessons } from '../../src/lessons/load-lessons.js';
import { excerptParts, searchExcerpt, searchLessons } from '../../src/lessons/search-lessons.js';

const [server, client] = loadLessons('es');
const documents = [
  { lesson: server!, lines: ['Un servidor espera.', 'La dirección IP del servidor'] },
  { lesson: client!, lines: ['El cliente se conecta a la DIRECCIÓN y al puerto'] },
];

describe('searching every lesson', () => {
  test('finds each line that holds the words, in lesson order, with its line number', () => {
    expect(searchLessons(documents, 'dirección')).toEqual([
      { lessonId: 'server', title: server!.title, line: 1, text: 'La dirección IP del servidor', whole: true },
      {
        lessonId: 'client',
        title: client!.title,
        line: 0,
        text: 'El cliente se conecta a la DIRECCIÓN y al puerto',
        whole: true,
      },
    ]);
  });

  test('titles and headings come first, then prose, then code, whatever the lesson order', () => {
    const lines = [
      { text: 's = socket.socket()', kind: 'code' as const },
      { text: 'A socket is how a program talks.', kind: 'prose' as const },
    ];
    const later = [{ text: 'Sockets', kind: 'heading' as const }];
    const hits = searchLessons(
      [
        { lesson: server!, lines },
        { lesson: client!, lines: later },
      ],
      'sock',
    );
    expect(hits.map((hit) => hit.text)).toEqual(['Sockets', 'A socket is how a program talks.', 's = socket.socket()']);
  });

  test('ignores case and accents: "direccion" finds "dirección"', () => {
    expect(searchLessons(documents, 'DIRECCION').map((hit) => hit.lessonId)).toEqual(['server', 'client']);
  });

  test('an empty query finds nothing, and the number of hits is capped', () => {
    expect(searchLessons(documents, '   ')).toEqual([]);
    expect(searchLessons(documents, 'e', 2)).toHaveLength(2);
  });

  test('a long hit line is cut around the match, centred, with … where text was left out', () => {
    const line = 'El cliente se conecta a la DIRECCIÓN del servidor y al puerto que eligió con bind()';
    expect(searchExcerpt(line, 'direccion', 30)).toBe('…ecta a la DIRECCIÓN del serv…');
    expect(searchExcerpt(line, 'cliente', 30)).toBe('El cliente se conecta a la DI…');
    expect(searchExcerpt(line, 'bind', 30)).toBe('… puerto que eligió con bind()');
    expect(searchExcerpt('short line', 'line', 30)).toBe('short line');
    for (const room of [10, 20, 40])
      expect(Array.from(searchExcerpt(line, 'puerto', room)).length).toBeLessThanOrEqual(room);
    expect(searchExcerpt(line, 'puerto', 20)).toContain('puerto');
  });

  test('lines where the query is a whole word come first: "port" finds "port 5050" before "import"', () => {
    const lines = { lesson: server!, lines: ['import socket', 'listening on port 5050', 'a passport', 'Port: 80'] };
    const hits = searchLessons([lines], 'port');
    expect(hits.map((hit) => [hit.text, hit.whole])).toEqual([
      ['listening on port 5050', true],
      ['Port: 80', true],
      ['import socket', false],
      ['a passport', false],
    ]);
  });

  test('the excerpt comes apart around the match, accents and case kept as written', () => {
    expect(excerptParts('La DIRECCIÓN IP', 'direccion', 40)).toEqual({
      before: 'La ',
      match: 'DIRECCIÓN',
      after: ' IP',
    });
    const line = 'El cliente se conecta a la DIRECCIÓN del servidor y al puerto que eligió con bind()';
    const parts = excerptParts(line, 'bind', 30);
    expect(parts.before + parts.match + parts.after).toBe(searchExcerpt(line, 'bind', 30));
    expect(parts.match).toBe('bind');
  });
});
