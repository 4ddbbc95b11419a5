import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpaces, sanitizeText } from '../../src/core/sanitize.js';

describe('untrusted text made safe for a terminal', () => {
  it('plain text and accents pass unchanged', () => {
    expect(sanitizeText('¡Hola! ñandú — 日本')).toBe('¡Hola! ñandú — 日本');
  });
  it('colour and cursor escapes are removed', () => {
    expect(sanitizeText('\u001B[31mred\u001B[0m \u001B[2J\u001B[Hhome')).toBe('red home');
  });
  it('a terminal title (OSC) escape is removed', () => {
    expect(sanitizeText('a\u001B]0;pwned\u0007b')).toBe('ab');
  });
  it('other control characters are shown escaped', () => {
    expect(sanitizeText('bell\u0007 back\b cr\r')).toBe('bell\\x07 back\\x08 cr\\x0d');
  });
  it('a bidirectional override is shown escaped', () => {
    expect(sanitizeText('abc\u202Edef')).toBe('abc\\u202edef');
  });
  it('no control character ever survives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(sanitizeText(text)).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('invisible characters and space runs in chat lines', () => {
  // Before: each of these reached the others as is, invisible.
  it('default-ignorable characters are shown escaped: ZWSP, ZWJ between letters, BOM, LRM/RLM, tags', () => {
    expect(sanitizeText('a\u200Bb')).toBe('a\\u200bb');
    expect(sanitizeText('a\u200Db')).toBe('a\\u200db');
    expect(sanitizeText('\uFEFFhola')).toBe('\\ufeffhola');
    expect(sanitizeText('x\u200Ey\u200Fz')).toBe('x\\u200ey\\u200fz');
    expect(sanitizeText('tag\u{E0041}')).toBe('tag\\ue0041');
    expect(sanitizeText('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
    expect(sanitizeText('\u3164')).toBe('\\u3164');
  });

  it('emoji keep their joiners and variation selectors', () => {
    for (const emoji of ['\u{1F469}\u200D\u{1F4BB}', '\u2764\uFE0F', '\u{1F3F3}\uFE0F\u200D\u{1F308}'])
      expect(sanitizeText(`hola ${emoji}`)).toBe(`hola ${emoji}`);
  });

  it("a line starting with many spaces cannot pass for another person's line", () => {
    expect(foldSpaces(`${' '.repeat(200)}[ana] hola`)).toBe('[ana] hola');
    expect(foldSpaces(`hi${' '.repeat(150)}[ana] te debo plata`)).toBe('hi ␠×150 [ana] te debo plata');
    expect(foldSpaces('a\u3000\u3000\u3000\u3000\u3000b')).toBe('a ␠×5 b');
    expect(foldSpaces('two  spaces stay')).toBe('two  spaces stay');
  });
});
