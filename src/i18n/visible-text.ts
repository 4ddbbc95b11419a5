/**
 * Input quoted back in a message, made safe for a terminal: control characters (escape sequences,
 * DEL, tabs) are written as `\xNN`, and invisible format characters (bidi overrides, zero-width
 * ones, BOM) and line separators as `\u202E`, so pasted text can neither hide, recolour nor
 * reorder the message. Already-visible text comes back unchanged.
 */
export function visible(text: unknown): string {
  return String(text ?? '').replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (char) => {
    const code = char.codePointAt(0)!;
    const hex = code.toString(16).toUpperCase();
    return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${code > 0xffff ? `{${hex}}` : hex.padStart(4, '0')}`;
  });
}
