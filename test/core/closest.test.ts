import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/core/closest.js';

const names = ['lessons', 'lesson', 'ip', 'subnet', 'port', 'utf8', 'serve', 'connect'];

describe('closest', () => {
  it('suggests the command a typo meant', () => {
    expect(closest('lesion', names)).toBe('lesson');
    expect(closest('subnt', names)).toBe('subnet');
    expect(closest('conect', names)).toBe('connect');
  });

  it('suggests nothing for a word far from every name', () => {
    expect(closest('banana', names)).toBeUndefined();
  });

  it('finds an exact name whatever its case', () => {
    fc.assert(fc.property(fc.constantFrom(...names), (name) => closest(name.toUpperCase(), names) === name));
  });
});
