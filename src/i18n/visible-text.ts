/**
 * Input quoted back in a message, made safe for a terminal: control characters (escape sequences,
 * DEL, tabs) are written as `\xNN` so a pasted escape code can neither hide nor recolour the text.
 */
export function visible(text: unknown): string {
  return String(text ?? '').replace(
    /\p{Cc}/gu,
    (char) => `\\x${char.codePointAt(0)!.toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
