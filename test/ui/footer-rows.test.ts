import { describe, expect, it } from 'vitest';
import { footerRows } from '../../src/ui/footer-rows.js';
import type { Binding } from '../../src/ui/keymap.js';

const binding = (keys: string[], label: string, display?: string): Binding => ({ keys, label, display, run: () => {} });

describe('footer rows', () => {
  it('entries that exactly fill the width take one row; one column more takes two', () => {
    // "q quit" (6) + 2 + "Tab language" (12) = 20 columns.
    const keys = [binding(['q'], 'quit'), binding(['tab'], 'language')];
    expect(footerRows(keys, 20)).toBe(1);
    expect(footerRows(keys, 19)).toBe(2);
  });

  it('counts the arrow glyphs the footer shows, not the key names', () => {
    // "↑ move" is 6 columns; counting "up" would make it 7 and push "q quit" to a second row.
    expect(footerRows([binding(['up'], 'move'), binding(['q'], 'quit')], 14)).toBe(1);
  });

  it('counts wide characters as two columns', () => {
    // "q 退出" is 6 columns though it is 4 characters long.
    expect(footerRows([binding(['q'], '退出'), binding(['x'], '停止')], 13)).toBe(2);
    expect(footerRows([binding(['q'], '退出'), binding(['x'], '停止')], 14)).toBe(1);
  });

  it('hidden keys take no room', () => {
    expect(footerRows([{ ...binding(['down'], 'move'), hidden: true }, binding(['q'], 'quit')], 6)).toBe(1);
  });
});
