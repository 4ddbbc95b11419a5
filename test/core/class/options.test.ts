import { describe, expect, it } from 'vitest';
import { parseClassName, parseEvery, parseParallel } from '../../../src/core/class/options.js';

describe('class options', () => {
  it('takes a class name with accents, spaces and dashes, trimmed', () => {
    expect(parseClassName(' Redes 2026-B ')).toBe('Redes 2026-B');
    expect(parseClassName('Comunicación_I')).toBe('Comunicación_I');
  });

  it('refuses a name with a slash, a control character, or nothing', () => {
    for (const bad of ['a/b', 'x\u001b[31m', '', 'n'.repeat(65)]) expect(() => parseClassName(bad)).toThrow();
  });

  it('reads --every in seconds, minutes and hours, minutes by default', () => {
    expect(parseEvery('30s')).toBe(30_000);
    expect(parseEvery('5m')).toBe(300_000);
    expect(parseEvery('5')).toBe(300_000);
    expect(parseEvery('1h')).toBe(3_600_000);
  });

  it('refuses a sweep every second, or every week', () => {
    for (const bad of ['1s', '200h', 'often', '-5m']) expect(() => parseEvery(bad)).toThrow();
  });

  it('checks 8 servers at once unless told, 1 to 32', () => {
    expect(parseParallel(undefined)).toBe(8);
    expect(parseParallel('1')).toBe(1);
    for (const bad of ['0', '33', 'many']) expect(() => parseParallel(bad)).toThrow();
  });
});
