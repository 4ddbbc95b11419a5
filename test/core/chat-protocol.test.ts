import { describe, expect, it } from 'vitest';
import { nickKey, nickProblem, parseChatLine } from '../../src/core/chat-protocol.js';

const nobody = () => false;

describe('chat lines', () => {
  it('plain text is said to everyone', () => {
    expect(parseChatLine('hola a todos')).toEqual({ kind: 'say', text: 'hola a todos' });
  });
  it('commands are recognised in any case', () => {
    expect(parseChatLine('/users')).toEqual({ kind: 'users' });
    expect(parseChatLine('/NICK ana')).toEqual({ kind: 'nick', name: 'ana' });
    expect(parseChatLine('/quit')).toEqual({ kind: 'quit' });
    expect(parseChatLine(' /help ')).toEqual({ kind: 'help' });
    expect(parseChatLine('/dance')).toEqual({ kind: 'unknown', command: '/dance' });
    expect(parseChatLine('   ')).toEqual({ kind: 'empty' });
  });
});

describe('nick rules', () => {
  it('letters, digits, _ and - up to 20 are fine', () => {
    expect(nickProblem('ana_92-x', nobody)).toBeUndefined();
    expect(nickProblem('a'.repeat(20), nobody)).toBeUndefined();
  });
  it('empty, too long, other characters and taken names are refused', () => {
    expect(nickProblem('', nobody)).toBe('nick-empty');
    expect(nickProblem('a'.repeat(21), nobody)).toBe('nick-too-long');
    expect(nickProblem('ana maría', nobody)).toBe('nick-characters');
    expect(nickProblem('ñandú', nobody)).toBeUndefined();
    expect(nickProblem('Peña', nobody)).toBeUndefined();
    expect(nickProblem('José', nobody)).toBeUndefined();
    expect(nickProblem('李小龙', nobody)).toBeUndefined();
    expect(nickProblem('é'.repeat(20), nobody)).toBeUndefined();
    expect(nickProblem('ana\u200Bb', nobody)).toBe('nick-invisible');
    expect(nickProblem('ana\u0007', nobody)).toBe('nick-characters');
    expect(nickProblem('ana.b', nobody)).toBe('nick-characters');
    expect(nickProblem('Ana', (lower) => lower === 'ana')).toBe('nick-taken');
    // A decomposed é (e + U+0301) and a composed one are the same nick; so are PEÑA and peña.
    expect(nickKey('Jose\u0301')).toBe(nickKey('JOSÉ'));
    expect(nickProblem('PEÑA', (key) => key === nickKey('peña'))).toBe('nick-taken');
  });
});

describe('nicks that look alike are one nick (UTS #39 skeleton)', () => {
  // Before: each of these was accepted next to "ana" (or "sam"), and looked the same in every list.
  const lookalikes = ['\u0430na', '\u0391na', '\uFF41\uFF4E\uFF41', '\u{1D41A}\u{1D427}\u{1D41A}', 'ANA', 'Ana'];
  it.each(lookalikes)('%s has the skeleton of ana, and is refused as a lookalike', (name) => {
    expect(nickKey(name)).toBe(nickKey('ana'));
    const expected = name.toLowerCase() === 'ana' ? 'nick-taken' : 'nick-lookalike';
    expect(nickProblem(name, (key) => (key === nickKey('ana') ? 'ana' : undefined))).toBe(expected);
  });

  it('\u017Fam (long s) is sam', () => {
    expect(nickKey('\u017Fam')).toBe(nickKey('sam'));
  });

  it('invisible characters are refused with their own reason: U+3164 alone or appended, ZWSP, BOM', () => {
    for (const name of ['\u3164', 'ana\u3164', '\u200Bana', 'an\uFEFFa', 'ana\u00AD'])
      expect(nickProblem(name, nobody)).toBe('nick-invisible');
  });

  it('different nicks stay different', () => {
    expect(nickKey('ana')).not.toBe(nickKey('ane'));
    expect(nickKey('jos\u00E9')).not.toBe(nickKey('jose'));
    expect(nickKey('pe\u00F1a')).not.toBe(nickKey('pena'));
  });
});
