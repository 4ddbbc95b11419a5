import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/input-error.js';
import { decodeLatin1, decodeMacRoman, macRomanUpperHalf } from '../../src/core/mojibake.js';
import { graphemes } from '../../src/core/graphemes.js';
import { byteBits, escapeControls, safeJson, utf8Json, utf8Model } from '../../src/core/utf8.js';
import { decodeHex, decodeUtf8, parseHexBytes } from '../../src/core/utf8-decode.js';

describe('utf8Model', () => {
  it('gives ñ two bytes with the 110xxxxx 10xxxxxx pattern', () => {
    const model = utf8Model('ñ');
    expect(model.bytes).toEqual([0xc3, 0xb1]);
    expect(model.characters[0]!.codePoints[0]).toEqual({
      codePoint: 'U+00F1',
      bytes: [195, 177],
      bits: [
        { byte: 195, marker: '110', payload: '00011' },
        { byte: 177, marker: '10', payload: '110001' },
      ],
    });
  });

  it('marks the pattern bits for one, three and four byte characters', () => {
    expect(byteBits(0x68)).toEqual({ byte: 0x68, marker: '0', payload: '1101000' });
    expect(byteBits(0xe2)).toEqual({ byte: 0xe2, marker: '1110', payload: '0010' });
    expect(byteBits(0xf0)).toEqual({ byte: 0xf0, marker: '11110', payload: '000' });
  });

  it('counts characters as a person sees them, not code points', () => {
    const model = utf8Model('e\u0301👍🏽');
    expect(model.characterCount).toBe(2);
    expect(model.codePointCount).toBe(4);
    expect(model.byteCount).toBe(11);
    expect(model.characters.map((character) => character.codePoints.map((entry) => entry.codePoint))).toEqual([
      ['U+0065', 'U+0301'],
      ['U+1F44D', 'U+1F3FD'],
    ]);
  });

  it('turns é into Ã© in Latin-1 and √© in Mac Roman', () => {
    expect(utf8Model('é').mojibake).toEqual({ latin1: 'Ã©', macRoman: '√©' });
    expect(utf8Model('señor').mojibake).toEqual({ latin1: 'seÃ±or', macRoman: 'se√±or' });
  });

  it("shapes Python's UnicodeDecodeError at the first non-ASCII byte", () => {
    expect(utf8Model('hola ñ').asciiError).toEqual({
      byte: 0xc3,
      position: 5,
      message: "UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 5: ordinal not in range(128)",
    });
    expect(utf8Model('hola').asciiError).toBeNull();
  });

  it('gives the documented JSON shape', () => {
    expect(utf8Json(utf8Model('hola'))).toEqual({
      text: 'hola',
      bytes: [0x68, 0x6f, 0x6c, 0x61],
      hex: '68 6f 6c 61',
      characters: [
        { char: 'h', codePoints: ['U+0068'], bytes: [0x68] },
        { char: 'o', codePoints: ['U+006F'], bytes: [0x6f] },
        { char: 'l', codePoints: ['U+006C'], bytes: [0x6c] },
        { char: 'a', codePoints: ['U+0061'], bytes: [0x61] },
      ],
      mojibake: { latin1: 'hola', macRoman: 'hola' },
    });
  });

  it('splits long texts into the same characters as one Intl.Segmenter pass', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const whole = (text: string) => Array.from(segmenter.segment(text), (segment) => segment.segment);
    const piece = fc.constantFrom(
      'a',
      'ñ',
      'e\u0301',
      '🇦🇷',
      '🇪',
      '👨‍👩‍👧',
      '\r\n',
      '\n',
      '한',
      '\u1100\u1161\u11A8',
      'é\u0301\u0302',
      '👍🏽',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(graphemes(text)).toEqual(whole(text));
      }),
      { numRuns: 200 },
    );
    const zalgo = 'Z' + '\u0301'.repeat(1000) + 'a';
    expect(graphemes(zalgo)).toEqual(['Z' + '\u0301'.repeat(1000), 'a']);
  });

  it('inspects a long text (one pass over it would take minutes)', () => {
    expect(utf8Model('ñé€a 😀'.repeat(20_000)).characterCount).toBe(120_000);
  });

  it('gives the same bytes as Buffer.from for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const model = utf8Model(text);
        expect(model.bytes).toEqual([...Buffer.from(text)]);
        expect(model.characters.flatMap((character) => character.bytes)).toEqual(model.bytes);
      }),
    );
  });
});

describe('Mac Roman', () => {
  it('has 128 entries for the upper half', () => {
    expect(macRomanUpperHalf).toHaveLength(128);
  });

  it.each([
    [0x80, 'Ä'],
    [0x8e, 'é'],
    [0x96, 'ñ'],
    [0xa5, '•'],
    [0xa9, '©'],
    [0xb1, '±'],
    [0xc3, '√'],
    [0xca, '\u00A0'],
    [0xd2, '“'],
    [0xdb, '€'],
    [0xf0, '\uF8FF'],
    [0xff, 'ˇ'],
  ])('maps byte 0x%s to %s', (byte, char) => {
    expect(decodeMacRoman([byte])).toBe(char);
  });

  it('keeps ASCII as it is', () => {
    expect(decodeMacRoman([...Buffer.from('Hola!')])).toBe('Hola!');
  });

  it('never maps two bytes to the same character', () => {
    expect(new Set(macRomanUpperHalf).size).toBe(128);
  });

  it('reads Latin-1 byte n as code point n', () => {
    expect(decodeLatin1([0x41, 0xe9, 0xff])).toBe('Aéÿ');
  });
});

describe('decoding bytes', () => {
  it('reads c3 b1 as ñ', () => {
    expect(decodeHex('c3 b1')).toMatchObject({ text: 'ñ', invalid: [] });
  });

  it('accepts hex without spaces, with 0x and with \\x', () => {
    expect(parseHexBytes('c3b1')).toEqual([0xc3, 0xb1]);
    expect(parseHexBytes('0xc3 0xB1')).toEqual([0xc3, 0xb1]);
    expect(parseHexBytes('\\xc3\\xb1')).toEqual([0xc3, 0xb1]);
    expect(parseHexBytes('c3,b1')).toEqual([0xc3, 0xb1]);
  });

  it.each([
    ['', 'utf8-hex-empty'],
    ['c3 zz', 'utf8-hex-digit'],
    ['c3b', 'utf8-hex-odd'],
  ])('rejects %j with %s', (text, code) => {
    try {
      parseHexBytes(text);
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error) && error.code).toBe(code);
    }
  });

  it('reports each invalid sequence with its offset and why', () => {
    expect(decodeHex('68 ff c3 e2 82 41 c0 af ed a0 80 f4 90').invalid).toEqual([
      { offset: 1, bytes: [0xff], reason: 'invalid-byte' },
      { offset: 2, bytes: [0xc3], reason: 'truncated' },
      { offset: 3, bytes: [0xe2, 0x82], reason: 'truncated' },
      { offset: 6, bytes: [0xc0], reason: 'overlong' },
      { offset: 7, bytes: [0xaf], reason: 'unexpected-continuation' },
      { offset: 8, bytes: [0xed], reason: 'surrogate' },
      { offset: 9, bytes: [0xa0], reason: 'unexpected-continuation' },
      { offset: 10, bytes: [0x80], reason: 'unexpected-continuation' },
      { offset: 11, bytes: [0xf4], reason: 'too-large' },
      { offset: 12, bytes: [0x90], reason: 'unexpected-continuation' },
    ]);
  });

  it('never throws on arbitrary bytes and agrees with TextDecoder', () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const model = decodeUtf8(bytes);
        expect(model.text).toBe(decoder.decode(bytes));
        expect(model.pieces.flatMap((piece) => piece.bytes)).toEqual([...bytes]);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any string through its bytes', () => {
    fc.assert(fc.property(fc.string(), (text) => decodeUtf8(Buffer.from(text)).text === text));
  });
});

describe('untrusted text', () => {
  it('shows control characters as their code points', () => {
    expect(escapeControls('a\u0007b\u001B[31mc\u009Bd\u202Ee')).toBe('a<U+0007>b<U+001B>[31mc<U+009B>d<U+202E>e');
  });

  it('keeps JSON parseable while escaping C1 controls', () => {
    const json = safeJson({ text: 'â\u0082¬' });
    expect(json).toBe('{"text":"â\\u0082¬"}');
    expect(JSON.parse(json)).toEqual({ text: 'â\u0082¬' });
  });
});
