import { byteText } from './byte-text.js';
/**
 * Single-byte encodings that turn UTF-8 into mojibake when a program guesses wrong. Latin-1 maps
 * each byte to the code point of the same number; Mac Roman (the classic Mac's encoding) maps the
 * upper half to its own table, which is why é (c3 a9) shows as "Ã©" on one and "√©" on the other.
 */

/** Mac OS Roman, bytes 0x80-0xFF, as Apple publishes it (0xDB is the euro sign since Mac OS 8.5). */
// prettier-ignore
export const macRomanUpperHalf: readonly string[] = [
  // 0x80
  'Ä', 'Å', 'Ç', 'É', 'Ñ', 'Ö', 'Ü', 'á', 'à', 'â', 'ä', 'ã', 'å', 'ç', 'é', 'è',
  // 0x90
  'ê', 'ë', 'í', 'ì', 'î', 'ï', 'ñ', 'ó', 'ò', 'ô', 'ö', 'õ', 'ú', 'ù', 'û', 'ü',
  // 0xA0
  '†', '°', '¢', '£', '§', '•', '¶', 'ß', '®', '©', '™', '´', '¨', '≠', 'Æ', 'Ø',
  // 0xB0
  '∞', '±', '≤', '≥', '¥', 'µ', '∂', '∑', '∏', 'π', '∫', 'ª', 'º', 'Ω', 'æ', 'ø',
  // 0xC0
  '¿', '¡', '¬', '√', 'ƒ', '≈', '∆', '«', '»', '…', '\u00A0', 'À', 'Ã', 'Õ', 'Œ', 'œ',
  // 0xD0
  '–', '—', '“', '”', '‘', '’', '÷', '◊', 'ÿ', 'Ÿ', '⁄', '€', '‹', '›', 'ﬁ', 'ﬂ',
  // 0xE0
  '‡', '·', '‚', '„', '‰', 'Â', 'Ê', 'Á', 'Ë', 'È', 'Í', 'Î', 'Ï', 'Ì', 'Ó', 'Ô',
  // 0xF0 (0xF0 is the Apple logo, in Unicode's private use area)
  '\uF8FF', 'Ò', 'Ú', 'Û', 'Ù', 'ı', 'ˆ', '˜', '¯', '˘', '˙', '˚', '¸', '˝', '˛', 'ˇ',
];

/** Bytes read as Latin-1 (ISO-8859-1): byte n is code point n. */
export function decodeLatin1(bytes: ArrayLike<number>): string {
  return byteText(bytes, (byte) => String.fromCharCode(byte));
}

/** Bytes read as Mac Roman: ASCII below 0x80, Apple's table above. */
export function decodeMacRoman(bytes: ArrayLike<number>): string {
  return byteText(bytes, (byte) => (byte < 0x80 ? String.fromCharCode(byte) : macRomanUpperHalf[byte - 0x80]!));
}
