import { wrappedRows } from '../../core/wrap.js';

/**
 * Whether a log's lines, wrapped at `width`, take more than `rows`: only then is there anything to
 * scroll back to. Counts from the newest and stops at the first row too many.
 */
export function logOverflows(lines: readonly { text: string }[], width: number, rows: number): boolean {
  let used = 0;
  for (let index = lines.length - 1; index >= 0; index--) {
    used += wrappedRows(lines[index]!.text, width);
    if (used > rows) return true;
  }
  return false;
}
