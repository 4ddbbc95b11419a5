import { typedText } from '../../ui/components/typed-text.js';

/**
 * What a burst of keys typed into a one-line field: each Enter inside it (CR or LF) ends a line
 * to send, in order; what follows the last Enter stays in the field. Control characters are
 * cleaned from every part as typedText does (a DEL removes the character before it).
 */
export function typedLines(raw: string): { lines: string[]; rest: string } {
  const parts = raw.split(/\r\n|\r|\n/);
  const rest = typedText(parts.pop() ?? '');
  return { lines: parts.map(typedText), rest };
}
