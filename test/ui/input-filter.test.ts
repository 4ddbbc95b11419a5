import { describe, expect, it } from 'vitest';
import { dropNonKeyEscapes } from '../../src/ui/input-filter.js';

describe('dropNonKeyEscapes', () => {
  it.each([
    '\u001B[31m',
    '\u001B[0m',
    '\u001B[1;31m',
    '\u001B[1;5X',
    '\u001B[31G',
    '\u001B[I',
    '\u001B[0n',
    '\u001B[?1049h',
  ])('drops %j, which is no key', (sequence) => {
    expect(dropNonKeyEscapes(`a${sequence}b`)).toBe('ab');
  });

  it.each([
    '\u001B[A',
    '\u001B[B',
    '\u001B[1;5C',
    '\u001B[D',
    '\u001B[H',
    '\u001B[F',
    '\u001B[Z',
    '\u001B[5~',
    '\u001B[3~',
    '\u001B[[A',
  ])('keeps the key %j', (sequence) => {
    expect(dropNonKeyEscapes(sequence)).toBe(sequence);
  });

  it('keeps plain text, Escape alone and SS3 function keys', () => {
    expect(dropNonKeyEscapes('hola ñ\u001B\u001BOP')).toBe('hola ñ\u001B\u001BOP');
  });
});
