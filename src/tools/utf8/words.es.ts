import type { Utf8Words } from './words.en.js';

const words: Utf8Words = {
  title: 'UTF-8',
  hint: 'Entra texto, salen bytes, y el mojibake',
  help: {
    summary: 'Los bytes UTF-8 de cada carácter, y qué pasa si se decodifican mal',
    options: { hex: 'Decodifica estos bytes en hexadecimal, p. ej. "c3 b1"' },
    examples: ['netlearn utf8 "ñandú"', 'echo hola | netlearn utf8', 'netlearn utf8 --hex "c3 a9"'],
  },
  summary: (p) =>
    `${p.characters} ${p.characters === 1 ? 'carácter' : 'caracteres'}, ${p.codePoints} ${p.codePoints === 1 ? 'punto de código' : 'puntos de código'}, ` +
    `${p.bytes} ${p.bytes === 1 ? 'byte' : 'bytes'}`,
  moreBytes:
    'Un punto de código ocupa de 1 a 4 bytes (fuera de ASCII, de 2 a 4), y un carácter que ves puede ser varios puntos de código: contá bytes, no caracteres, cuando dimensionás un buffer o un recv().',
  sameCount: 'Todo ASCII: un byte por carácter.',
  columns: {
    char: 'car.',
    codePoint: 'punto de código',
    bytes: 'bytes',
    bits: 'bits (marca UTF-8|bits del punto de código)',
    offset: 'posición',
  },
  wrongHeading: 'Los mismos bytes leídos con la codificación equivocada',
  latin1: 'Latin-1',
  macRoman: 'Mac Roman',
  ascii: 'ASCII (Python)',
  asciiFine: 'el mismo texto: todos los bytes están debajo de 0x80',
  empty: 'El texto está vacío: 0 caracteres, 0 bytes.',
  moreCharacters: (p) => `… ${p.count} ${p.count === 1 ? 'carácter más' : 'caracteres más'}`,
  stdinCapped: (p) =>
    `netlearn utf8: se leyó solo el primer ${p.mib} MiB de la entrada estándar; el resto quedó sin leer.`,
  decoded: {
    byteCount: (p) => `${p.count} ${p.count === 1 ? 'byte' : 'bytes'}`,
    morePieces: (p) => `… ${p.count} ${p.count === 1 ? 'fila más' : 'filas más'}`,
    bytes: 'Bytes',
    text: 'Texto',
    allValid: 'UTF-8 válido',
    invalidCount: (p) =>
      `${p.count} ${p.count === 1 ? 'secuencia inválida' : 'secuencias inválidas'}, cada una se muestra como U+FFFD (�)`,
  },
  reasons: {
    'unexpected-continuation': 'un byte de continuación (10xxxxxx) sin byte inicial antes',
    'invalid-byte': 'este byte nunca aparece en UTF-8',
    truncated: 'la secuencia termina antes de que lleguen todos sus bytes de continuación (10xxxxxx)',
    overlong: 'una codificación demasiado larga: el punto de código entra en menos bytes',
    surrogate: 'un sustituto de UTF-16 (U+D800-U+DFFF), prohibido en UTF-8',
    'too-large': 'por encima de U+10FFFF, el último punto de código',
  },
  screen: {
    prompt: 'Texto',
    placeholder: 'escribí lo que quieras: ñ, €, 😀',
    more: (p) => `… ${p.count} más (↓)`,
    columns: { char: 'car.', codePoint: 'punto', bytes: 'bytes', bits: 'bits (marca|bits del punto)' },
  },
};

export default words;
