import type { InputErrorDetails } from '../../core/input-error.js';
import type { AreaInputErrors } from '../input-error-messages.js';

/** The UTF-8 lab: command output, screen and the errors of the hex reader. */
const utf8 = {
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
  inputErrors: {
    'utf8-hex-empty': () => 'no bytes given; write hex pairs, for example --hex "c3 b1".',
    'utf8-hex-digit': (d: InputErrorDetails) =>
      `"${d.part}" has "${d.char}", which is not a hex digit (0-9, a-f); write bytes like "c3 b1".`,
    'utf8-hex-odd': (d: InputErrorDetails) =>
      `"${d.part}" has an odd number of hex digits; each byte takes two, like "0a".`,
  } satisfies AreaInputErrors,
};

export default utf8;
