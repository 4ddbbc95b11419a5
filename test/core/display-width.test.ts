import { describe, expect, test } from 'vitest';
import { alignRows, displayWidth, padColumns } from '../../src/core/display-width.js';

describe('terminal columns', () => {
  test('wide characters count as two columns', () => {
    expect(displayWidth('ñandú')).toBe(5);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('😀')).toBe(2);
  });

  test('padding counts columns, not UTF-16 units', () => {
    expect(padColumns('😀', 4)).toBe('😀  ');
    expect(padColumns('e\u0301', 3)).toBe('e\u0301  ');
  });

  test('aligned rows line up every column at its widest cell, without trailing spaces', () => {
    expect(alignRows([['lo', 'IPv4', '127.0.0.1/8'], ['eth0', 'IPv6', '::1/128']])).toEqual([
      'lo    IPv4  127.0.0.1/8',
      'eth0  IPv6  ::1/128',
    ]);
  });
});
