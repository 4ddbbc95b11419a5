import { displayWidth } from '../core/display-width.js';
import { fillLines, wrappedRows } from '../core/wrap.js';
import { keyGlyph } from './keys.js';
import type { Binding } from './keymap.js';

/** The key as the footer shows it: its own display text, or the glyphs of its keys. */
export function keyText(binding: Binding): string {
  return binding.display ?? binding.keys.map(keyGlyph).join('');
}

/**
 * How many rows the footer takes at this width, in display columns: entries packed like words two
 * columns apart, as its wrapping row lays them out; an entry wider than a row wraps on rows of its own.
 */
export function footerRows(bindings: readonly Binding[], width: number): number {
  let rows = 0;
  let run: string[] = [];
  const pack = () => {
    const entries = run.map((text, index) => ({ spans: [{ text }], gap: index > 0 ? 2 : 0 }));
    if (entries.length > 0) rows += fillLines(entries, width).length;
    run = [];
  };
  for (const binding of bindings.filter((b) => !b.hidden)) {
    const entry = `${keyText(binding)} ${binding.label}`;
    if (displayWidth(entry) <= width) run.push(entry);
    else {
      pack();
      rows += wrappedRows(entry, width);
    }
  }
  pack();
  return Math.max(1, rows);
}
