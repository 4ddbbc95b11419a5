import { keyText } from './footer-rows.js';
import type { Binding } from './keymap.js';
import { keyGlyph } from './keys.js';

/** One row of the key list: what a set of keys does. */
export interface KeyListRow {
  keys: string;
  label: string;
}

/**
 * Every binding of a keymap, hidden ones too. A binding the footer shows is its row as the footer
 * writes it (its `↑↓` already covers a hidden `↓` of the same label); bindings only hidden ones do
 * a thing share a row with their keys written out.
 */
export function keyListRows(bindings: readonly Binding[]): KeyListRow[] {
  const shown = bindings.filter((binding) => !binding.hidden);
  const shownLabels = new Set(shown.map((binding) => binding.label));
  const rows = shown.map((binding) => ({ keys: keyText(binding), label: binding.label }));
  const hiddenOnly = bindings.filter((binding) => binding.hidden && !shownLabels.has(binding.label));
  for (const label of new Set(hiddenOnly.map((binding) => binding.label))) {
    const keys = hiddenOnly.filter((binding) => binding.label === label).flatMap((binding) => binding.keys);
    rows.push({ keys: [...new Set(keys.map(keyGlyph))].join(' '), label });
  }
  return rows;
}
