import { wrapText } from '../core/wrap.js';

/**
 * Where a plain command's prose wraps: the terminal's width, up to 100 columns for reading comfort;
 * undefined when the output is piped, so a reader such as grep gets each sentence on one line.
 */
export function proseWidth(stream: NodeJS.WriteStream): number | undefined {
  return stream.isTTY && stream.columns ? Math.min(stream.columns, 100) : undefined;
}

/** A paragraph as the lines to print: wrapped by display width when `width` is set, else whole. */
export function proseLines(text: string, width: number | undefined): string[] {
  return width === undefined ? [text] : wrapText(text, width);
}
