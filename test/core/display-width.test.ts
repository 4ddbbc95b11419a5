import { describe, expect, test } from 'vitest';
import stringWidth from 'string-width';
import { alignRows, displayWidth, fitColumns, narrowText, padColumns } from '../../src/core/display-width.js';

describe('terminal columns', () => {
  test('wide characters count as two columns', () => {
    expect(displayWidth('ñandú')).toBe(5);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('😀')).toBe(2);
  });

  test('every character of the quick narrow path is one column to string-width too', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (narrowText.test(char) && stringWidth(char) !== 1) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    const sentence = '¡Hola, señor! — “ñandú” → €5 │';
    expect(displayWidth(sentence)).toBe(stringWidth(sentence));
  });

  test('padding counts columns, not UTF-16 units', () => {
    expect(padColumns('😀', 4)).toBe('😀  ');
    expect(padColumns('e\u0301', 3)).toBe('e\u0301  ');
  });

  test('aligned rows line up every column at its widest cell, without trailing spaces', () => {
    expect(
      alignRows([
        ['lo', 'IPv4', '127.0.0.1/8'],
        ['eth0', 'IPv6', '::1/128'],
      ]),
    ).toEqual(['lo    IPv4  127.0.0.1/8', 'eth0  IPv6  ::1/128']);
  });
});

describe('fitting a name to a column', () => {
  test('a short name is padded, a long one cut with an ellipsis, wide characters counted twice', () => {
    expect(fitColumns('Ana', 6)).toBe('Ana   ');
    expect(fitColumns('Ana María Peña', 8)).toBe('Ana Mar…');
    expect(fitColumns('李小龍同学', 6)).toBe('李小… ');
  });
});
