import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../src/core/sanitize.js';

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
