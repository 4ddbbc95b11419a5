/**
 * Text from the network is untrusted: before it reaches a terminal or another client, escape
 * sequences go and the remaining control characters are shown escaped, Python style (`\x07`).
 */

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC strings, two-byte escapes, 8-bit CSI.
const escapeSequence =
  /\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[ -~])?|\u009B[0-?]*[ -/]*[@-~]?/g;

// C0 controls, DEL, C1 controls, the bidirectional overrides that can make text lie about its
// order, line and paragraph separators, and the default-ignorable characters that show nothing
// (zero-width space and joiners, LRM/RLM, BOM, fillers, tag characters). Kept as they are: the
// variation selectors, and a zero-width joiner between two pictographs (👩‍💻), which emoji need.
const unsafe =
  // eslint-disable-next-line no-misleading-character-class -- variation selectors listed on purpose, by code point
  /(?<!\p{Extended_Pictographic}[\u{FE0E}\u{FE0F}]?)\u200D|\u200D(?![\u{FE0E}\u{FE0F}]?\p{Extended_Pictographic})|(?![\u200D\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}])[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\p{Default_Ignorable_Code_Point}]/gu;

function visible(char: string): string {
  if (char === '\t') return ' ';
  const code = char.codePointAt(0)!;
  return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
}

/** One line of untrusted text made safe to print: no escape sequences, control characters shown as `\xNN`. */
export function sanitizeText(text: string): string {
  // Fast path: almost every chat line is already clean.
  if (!/[\u0000-\u001F\u007F-\u009F\u2028\u2029\p{Default_Ignorable_Code_Point}]/u.test(text)) return text;
  return text.replace(escapeSequence, '').replace(unsafe, visible);
}

/**
 * A run of spaces can push the rest of a chat line onto a terminal row of its own, where
 * `[ana] hi` would pass for ana's line: leading spaces go, and a run of more than four shows as
 * `␠×N`. Any space character counts (ideographic, em...), not only U+0020.
 */
export function foldSpaces(text: string): string {
  return text.replace(/^\p{Zs}+/u, '').replace(/\p{Zs}{5,}/gu, (run) => ` ␠×${[...run].length} `);
}
