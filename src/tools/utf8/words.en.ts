import { defineWords } from '../tool.js';

/** The UTF-8 lab's words: its command, its screen, its help. */
const words = defineWords({
  title: 'UTF-8',
  hint: 'Text in, bytes out, and mojibake',
  help: {
    summary: 'The UTF-8 bytes of each character, and what wrong decoding shows',
    options: { hex: 'Decode these hex bytes instead, e.g. "c3 b1"' },
    examples: ['netlearn utf8 "ñandú"', 'echo hola | netlearn utf8', 'netlearn utf8 --hex "c3 a9"'],
  },
  summary: (p: { characters: number; codePoints: number; bytes: number }) =>
    `${p.characters} ${p.characters === 1 ? 'character' : 'characters'}, ${p.codePoints} code ${p.codePoints === 1 ? 'point' : 'points'}, ` +
    `${p.bytes} ${p.bytes === 1 ? 'byte' : 'bytes'}`,
  moreBytes:
    'A code point takes 1 to 4 bytes (past ASCII, 2 to 4), and a character you see may be several code points: count bytes, not characters, when you size a buffer or recv().',
  sameCount: 'All ASCII: one byte per character.',
  columns: {
    char: 'char',
    codePoint: 'code point',
    bytes: 'bytes',
    bits: 'bits (UTF-8 marker|bits of the code point)',
    offset: 'offset',
  },
  wrongHeading: 'The same bytes decoded with the wrong encoding',
  latin1: 'Latin-1',
  macRoman: 'Mac Roman',
  ascii: 'ASCII (Python)',
  asciiFine: 'the same text: every byte is below 0x80',
  empty: 'The text is empty: 0 characters, 0 bytes.',
  moreCharacters: (p: { count: number }) => `… ${p.count} more ${p.count === 1 ? 'character' : 'characters'}`,
  stdinCapped: (p: { mib: number }) =>
    `netlearn utf8: read only the first ${p.mib} MiB of stdin; the rest was left unread.`,
  decoded: {
    byteCount: (p: { count: number }) => `${p.count} ${p.count === 1 ? 'byte' : 'bytes'}`,
    morePieces: (p: { count: number }) => `… ${p.count} more ${p.count === 1 ? 'row' : 'rows'}`,
    bytes: 'Bytes',
    text: 'Text',
    allValid: 'Valid UTF-8',
    invalidCount: (p: { count: number }) =>
      `${p.count} invalid ${p.count === 1 ? 'sequence' : 'sequences'}, each shown as U+FFFD (�)`,
  },
  reasons: {
    'unexpected-continuation': 'a continuation byte (10xxxxxx) with no start byte before it',
    'invalid-byte': 'this byte never appears in UTF-8',
    truncated: 'the sequence ends before all its continuation bytes (10xxxxxx) arrive',
    overlong: 'an overlong encoding: the code point fits in fewer bytes',
    surrogate: 'a UTF-16 surrogate (U+D800-U+DFFF), not allowed in UTF-8',
    'too-large': 'above U+10FFFF, the last code point',
  },
  screen: {
    prompt: 'Text',
    placeholder: 'type anything: ñ, €, 😀',
    more: (p: { count: number }) => `… ${p.count} more (↓)`,
    columns: { char: 'char', codePoint: 'code pt', bytes: 'bytes', bits: 'bits (marker|code point bits)' },
  },
});

export type Utf8Words = typeof words;
export default words;
