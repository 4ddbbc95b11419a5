import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/display-width.js';
import { graphemes } from '../../src/core/graphemes.js';
import { wrapSpans, wrapText, wrappedRows } from '../../src/core/wrap.js';

describe('wrapping text by display width', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('which port is the ephemeral one', 12)).toEqual(['which port', 'is the', 'ephemeral', 'one']);
  });

  it("keeps a table row's indent and inner spacing", () => {
    expect(wrapText('      128 64', 40)).toEqual(['      128 64']);
    expect(wrapText(' 181:   1  0', 40)).toEqual([' 181:   1  0']);
  });

  it('cuts a word longer than the width', () => {
    expect(wrapText('11000000101010000000000100001010', 16)).toEqual(['1100000010101000', '0000000100001010']);
  });

  it('a word that exactly fills the line leaves no space at the start of the next', () => {
    expect(wrapText('hello world foo', 5)).toEqual(['hello', 'world', 'foo']);
    expect(wrapText('abcde  fgh', 5)).toEqual(['abcde', 'fgh']);
  });

  it('counts Chinese characters and emoji as two columns', () => {
    expect(wrapText('你好 世界', 4)).toEqual(['你好', '世界']);
    expect(wrapText('😀😀😀', 4)).toEqual(['😀😀', '😀']);
    expect(wrapText('ab 😀', 4)).toEqual(['ab', '😀']);
  });

  it('never splits an accented letter or a joined emoji', () => {
    expect(wrapText('e\u0301e\u0301e\u0301', 2)).toEqual(['e\u0301e\u0301', 'e\u0301']);
    expect(wrapText('👩‍💻👩‍💻', 2)).toEqual(['👩‍💻', '👩‍💻']);
  });

  it('a newline starts a new line, and an indent that cannot fit is dropped', () => {
    expect(wrapText('one\n  two', 20)).toEqual(['one', '  two']);
    expect(wrapText('    abcdef', 6)).toEqual(['abcdef']);
  });

  it('rows are counted from the wrapped lines, not from the length', () => {
    expect(wrappedRows('你好世界你好', 6)).toBe(2);
    expect(wrappedRows('', 10)).toBe(1);
    expect(wrappedRows('ab cd', 4)).toBe(2);
  });

  it('styled words keep their styles, and the spaces between them stay plain', () => {
    expect(
      wrapSpans(
        [
          { text: 'got ', style: 'bold' },
          { text: '12 lost', style: 'red' },
        ],
        6,
      ),
    ).toEqual([
      [{ text: 'got', style: 'bold' }, { text: ' ' }, { text: '12', style: 'red' }],
      [{ text: 'lost', style: 'red' }],
    ]);
  });
});

// Words from a mix of ASCII, accents, CJK and emoji, so widths of 0, 1 and 2 columns all occur.
const grapheme = fc.constantFrom('a', 'b', 'z', '1', 'ñ', 'e\u0301', '你', '界', '😀', '👩‍💻', '-', ':');
const word = fc.array(grapheme, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const words = fc.array(word, { minLength: 1, maxLength: 20 });
const width = fc.integer({ min: 1, max: 30 });

describe('wrapping properties', () => {
  it('no line is wider than the width, unless it is one grapheme wider than the width', () => {
    fc.assert(
      fc.property(words, width, (list, columns) => {
        for (const line of wrapText(list.join(' '), columns)) {
          const fits = displayWidth(line) <= columns;
          expect(fits || graphemes(line).length === 1).toBe(true);
        }
      }),
    );
  });

  it('joining the lines with spaces gives back the words, when no word is cut', () => {
    fc.assert(
      fc.property(words, width, (list, columns) => {
        fc.pre(list.every((w) => displayWidth(w) <= columns));
        expect(wrapText(list.join(' '), columns).join(' ')).toBe(list.join(' '));
      }),
    );
  });

  it('every word and every grapheme comes back in order, cut or not', () => {
    fc.assert(
      fc.property(words, width, (list, columns) => {
        expect(wrapText(list.join(' '), columns).join('').replaceAll(' ', '')).toBe(list.join(''));
      }),
    );
  });

  it('no wrapped line starts with a space', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.integer({ min: 1, max: 3 }))), width, (list, columns) => {
        const text = list.map(([w, gap]) => w + ' '.repeat(gap)).join('');
        for (const line of wrapText(text, columns)) expect(line.startsWith(' ')).toBe(false);
      }),
    );
  });
});
