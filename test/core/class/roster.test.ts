import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../../src/core/class/roster.js';
import { InputError } from '../../../src/core/input-error.js';

function errorOf(text: string): { code: string; line?: unknown } | undefined {
  try {
    parseRoster(text, 5050);
  } catch (error) {
    if (error instanceof InputError) return { code: error.code, line: error.details.line };
    throw error;
  }
  return undefined;
}

describe('a class roster', () => {
  it('reads id, name and host, with the class port where a line gives none', () => {
    expect(parseRoster('20931,Ana Peña,192.168.1.23\n20932,Beto,[fe80::1]:6000\n', 5050)).toEqual([
      { studentId: '20931', name: 'Ana Peña', host: '192.168.1.23', port: 5050 },
      { studentId: '20932', name: 'Beto', host: 'fe80::1', port: 6000 },
    ]);
  });

  it('reads what a Spanish spreadsheet saves: a BOM, a header, semicolons, CRLF', () => {
    const text = '\uFEFFid;nombre;host\r\n1;Peña, Ana;127.0.0.2:5050\r\n\r\n2;"Ñandú ""Tati""";127.0.0.3\r\n';
    expect(parseRoster(text, 5050)).toEqual([
      { studentId: '1', name: 'Peña, Ana', host: '127.0.0.2', port: 5050 },
      { studentId: '2', name: 'Ñandú "Tati"', host: '127.0.0.3', port: 5050 },
    ]);
  });

  it('names the line of each mistake', () => {
    expect(errorOf('1,Ana,127.0.0.2\n2,Beto\n')).toEqual({ code: 'roster-columns', line: 2 });
    expect(errorOf('1,Ana,127.0.0.2\n2,Beto,300.1.1.1\n')).toEqual({ code: 'roster-host', line: 2 });
    expect(errorOf('1,Ana,127.0.0.2:99999\n')).toEqual({ code: 'roster-host', line: 1 });
    expect(errorOf('1,Ana,127.0.0.2\n\n1,Beto,127.0.0.3\n')).toEqual({ code: 'roster-duplicate', line: 3 });
    expect(errorOf('1,Ana,127.0.0.2\n2,"Beto,127.0.0.3\n')).toEqual({ code: 'roster-quote', line: 2 });
    expect(errorOf(',Ana,127.0.0.2\n')).toEqual({ code: 'roster-id-empty', line: 1 });
  });

  it('says an empty roster is empty, header or not', () => {
    expect(errorOf('')).toEqual({ code: 'roster-empty', line: undefined });
    expect(errorOf('id,name,host\n')).toEqual({ code: 'roster-empty', line: undefined });
  });

  it('reads back any roster a spreadsheet writes, whatever the names hold', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((text) => text.trim() === text && text.trim() !== '');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 99999 }).map(String), name), {
          minLength: 1,
          maxLength: 8,
          selector: ([id]) => id,
        }),
        fc.constantFrom(',', ';'),
        (students, delimiter) => {
          const text = stringify(
            students.map(([id, who], index) => [id, who, `127.0.0.${index + 2}`]),
            { delimiter, quoted_match: /[\r\n]/ },
          );
          const back = parseRoster(text, 5050);
          expect(back.map((entry) => [entry.studentId, entry.name])).toEqual(students);
        },
      ),
    );
  });
});
