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
    expect(nickProblem('ana\u200Bb', nobody)).toBe('nick-characters');
    expect(nickProblem('ana\u0007', nobody)).toBe('nick-characters');
    expect(nickProblem('ana.b', nobody)).toBe('nick-characters');
    expect(nickProblem('Ana', (lower) => lower === 'ana')).toBe('nick-taken');
    // A decomposed é (e + U+0301) and a composed one are the same nick; so are PEÑA and peña.
    expect(nickKey('Jose\u0301')).toBe(nickKey('JOSÉ'));
    expect(nickProblem('PEÑA', (key) => key === nickKey('peña'))).toBe('nick-taken');
  });
});
