/**
 * Text from the network is untrusted: before it reaches a terminal or another client, escape
 * sequences go and the remaining control characters are shown escaped, Python style (`\x07`).
 */

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC strings, two-byte escapes, 8-bit CSI.
const escapeSequence =
  /\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[ -~])?|\u009B[0-?]*[ -/]*[@-~]?/g;

// C0 controls, DEL, C1 controls, and the bidirectional overrides that can make text lie about its order.
const unsafe = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function visible(char: string): string {
  if (char === '\t') return ' ';
  const code = char.codePointAt(0)!;
  return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
}

/** One line of untrusted text made safe to print: no escape sequences, control characters shown as `\xNN`. */
export function sanitizeText(text: string): string {
  // Fast path: almost every chat line is already clean.
  if (!/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  return text.replace(escapeSequence, '').replace(unsafe, visible);
}
