/** An encoding other than UTF-8 that a server's lines arrived in. */
export interface ReceivedEncoding {
  name: 'utf-16le' | 'utf-16be' | 'latin-1';
  /** UTF-16 that starts with a byte order mark (Python's "utf-16" writes one). */
  bom?: boolean;
}

/** ASCII text as UTF-16 bytes (a binary string), little or big endian. */
function utf16(text: string, order: 'le' | 'be'): string {
  return [...text].map((char) => (order === 'le' ? `${char}\u0000` : `\u0000${char}`)).join('');
}

/**
 * Whether received bytes (a binary string) hold an ASCII token in UTF-16 rather than UTF-8: one zero
 * byte beside every letter. Undefined when the token is not there in UTF-16 either way.
 */
export function utf16Holding(binary: string, token: string): ReceivedEncoding | undefined {
  const le = binary.indexOf(utf16(token, 'le'));
  const be = binary.indexOf(utf16(token, 'be'));
  if (le < 0 && be < 0) return undefined;
  // Big-endian text holds the little-endian pattern too, one byte in: a byte order mark decides, or
  // else whether the match starts on a character (an even offset) or inside one.
  const marks = (['le', 'be'] as const)
    .map((order) => ({ order, at: binary.indexOf(order === 'le' ? '\u00ff\u00fe' : '\u00fe\u00ff') }))
    .filter((mark) => mark.at >= 0)
    .sort((a, b) => a.at - b.at);
  const bom = marks[0]?.order;
  const order = bom ?? (be >= 0 && (le < 0 || le % 2 === 1) ? 'be' : 'le');
  return { name: order === 'le' ? 'utf-16le' : 'utf-16be', bom: bom !== undefined };
}

/** UTF-16 bytes (a binary string) back to text, for an excerpt a learner can read. */
export function fromUtf16(binary: string, encoding: ReceivedEncoding): string {
  let out = '';
  const start = encoding.bom && /^(\u00ff\u00fe|\u00fe\u00ff)/.test(binary) ? 2 : 0;
  for (let i = start; i + 1 < binary.length; i += 2) {
    const [low, high] =
      encoding.name === 'utf-16le'
        ? [binary.charCodeAt(i), binary.charCodeAt(i + 1)]
        : [binary.charCodeAt(i + 1), binary.charCodeAt(i)];
    out += String.fromCharCode(low + (high << 8));
  }
  return out;
}
