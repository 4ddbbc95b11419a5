import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { listWindow } from '../../src/core/list-window.js';

const cases = fc
  .record({ count: fc.integer({ min: 0, max: 200 }), rows: fc.integer({ min: 3, max: 60 }) })
  .chain(({ count, rows }) =>
    fc.record({ count: fc.constant(count), rows: fc.constant(rows), selected: fc.nat(Math.max(0, count - 1)) }),
  );

describe('the window a list shows', () => {
  test('everything when it fits, with no markers', () => {
    expect(listWindow(12, 5, 12)).toEqual({ start: 0, end: 12, cut: false });
  });

  test('12 checks in 11 rows: 9 of them and both markers when the selection is in the middle', () => {
    expect(listWindow(12, 6, 11)).toEqual({ start: 2, end: 11, cut: true });
  });

  test('the selection is always shown, and the window plus its markers never take more rows than given', () => {
    fc.assert(
      fc.property(cases, ({ count, rows, selected }) => {
        const { start, end, cut } = listWindow(count, selected, rows);
        if (count > 0) expect(selected >= start && selected < end).toBe(true);
        const markers = (start > 0 ? 1 : 0) + (end < count ? 1 : 0);
        expect(end - start + markers).toBeLessThanOrEqual(rows);
        expect(cut).toBe(start > 0 || end < count);
        expect(0 <= start && start <= end && end <= count).toBe(true);
      }),
    );
  });
});
