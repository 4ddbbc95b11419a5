/** A CSI escape sequence: ESC [ (or ESC [ [ on the Linux console), parameters, intermediates, a final byte. */
const csiSequence = /\u001B\[\[?[0-?]*[ -/]*[@-~]/g;

/** Final bytes of the CSI sequences that are keys Ink understands: arrows, Home/End, Shift+Tab, ~ keys, kitty. */
const keyFinals = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'H', 'Z', '~', 'u']);

/**
 * Drops escape sequences that are not keys (a colour code pasted in, `\e[31m`, a focus report).
 * Ink 6.8 crashes on many of them (its key parser yields an input of `undefined`), and nothing a
 * person types should be able to end the app.
 */
export function dropNonKeyEscapes(chunk: string): string {
  return chunk.replace(csiSequence, (sequence) => (keyFinals.has(sequence.at(-1)!) ? sequence : ''));
}

/** F1 as xterm, the Linux console and VT100 send it. */
const f1Sequence = /\u001B(?:OP|\[11~|\[\[A)/g;

/** Ctrl+G: the one byte Ink reports as a key of its own that F1 may stand for (no field takes it). */
export const f1Byte = '\u0007';

/** The key list's F1 as a key Ink can tell apart: Ink reports every function key alike. */
export function markF1(chunk: string): string {
  return chunk.replace(f1Sequence, f1Byte);
}

/** Makes a terminal's stdin hand Ink only text and key sequences. */
export function filterTerminalInput(stdin: NodeJS.ReadStream): void {
  const read = stdin.read.bind(stdin);
  stdin.read = ((size?: number) => {
    const chunk: unknown = read(size);
    return typeof chunk === 'string' ? dropNonKeyEscapes(markF1(chunk)) : chunk;
  }) as typeof stdin.read;
}
