import { describe, expect, it } from 'vitest';
import { dropNonKeyEscapes, f1Byte, markF1 } from '../../src/ui/input-filter.js';

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

describe('markF1', () => {
  it.each(['\u001BOP', '\u001B[11~', '\u001B[[A'])('turns F1 (%j) into the one byte the key list listens for', (f1) => {
    expect(markF1(`a${f1}b`)).toBe(`a${f1Byte}b`);
  });

  it('leaves other function keys and arrows alone', () => {
    expect(markF1('\u001BOQ\u001B[12~\u001B[A')).toBe('\u001BOQ\u001B[12~\u001B[A');
  });
});
