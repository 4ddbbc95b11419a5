import { describe, expect, it } from 'vitest';
import { checkAnswer, readRangeName } from '../../../src/core/quiz/check-answer.js';
import type { Question } from '../../../src/core/quiz/question.js';

function question(shape: Question['shape'], expected: string, choices?: string[]): Question {
  const solution = { type: 'lesson', explanation: '' } as const;
  return { topic: 'binary', kind: 'to-bits', data: { address: '192.168.1.10' }, expected, shape, choices, solution };
}

describe('reading answers', () => {
  const bits = question('bits', '11000000.10101000.00000001.00001010');

  it('a lesson question takes the letter the lesson prints (a-d), or the number 1-4, or the text', () => {
    const q = question('option', '2', ['The server', 'The client', 'The router', 'The switch']);
    for (const answer of ['b', 'B', ' b ', 'b)', '2', 'the client']) expect(checkAnswer(q, answer).correct).toBe(true);
    for (const answer of ['a', 'c', 'd', '1', '4']) expect(checkAnswer(q, answer).correct).toBe(false);
    expect(checkAnswer(q, 'e').correct).toBe(false);
    expect(checkAnswer(q, '5').correct).toBe(false);
  });

  it('bits may come with dots, spaces or nothing between octets', () => {
    expect(checkAnswer(bits, '11000000.10101000.00000001.00001010').correct).toBe(true);
    expect(checkAnswer(bits, '11000000 10101000 00000001 00001010').correct).toBe(true);
    expect(checkAnswer(bits, '11000000101010000000000100001010').correct).toBe(true);
    expect(checkAnswer(bits, '  11000000.10101000.00000001.00001010  ').correct).toBe(true);
  });

  it('an octet missing its leading zero bits is wrong', () => {
    expect(checkAnswer(bits, '11000000.10101000.1.1010').correct).toBe(false);
  });

  it('an address with a leading zero is wrong, and says why', () => {
    const q = question('address', '10.1.1.1');
    expect(checkAnswer(q, '010.1.1.1')).toEqual({ correct: false, reason: 'leading-zero' });
    expect(checkAnswer(q, '10.1.1.1').correct).toBe(true);
    expect(checkAnswer(q, ' 10.1.1.1 ').correct).toBe(true);
    expect(checkAnswer(q, '10.1.1.2')).toEqual({ correct: false });
  });

  it('an empty answer is wrong', () => {
    expect(checkAnswer(bits, '   ')).toEqual({ correct: false, reason: 'empty' });
  });

  it('a prefix with or without its slash', () => {
    const q = question('prefix', '24');
    expect(checkAnswer(q, '24').correct).toBe(true);
    expect(checkAnswer(q, '/24').correct).toBe(true);
    expect(checkAnswer(q, '024').correct).toBe(false);
  });

  it('counts with thousands separators', () => {
    const q = question('count', '16382');
    for (const answer of ['16382', '16,382', '16.382', '16 382']) expect(checkAnswer(q, answer).correct).toBe(true);
    expect(checkAnswer(q, '16384').correct).toBe(false);
    expect(checkAnswer(question('count', '2'), '2 bytes').correct).toBe(true);
  });

  it('hex bytes in any common spelling', () => {
    const q = question('hex', 'c3 a9');
    for (const answer of ['C3 A9', 'c3a9', '0xc3 0xa9', '\\xc3\\xa9', 'c3,a9'])
      expect(checkAnswer(q, answer).correct).toBe(true);
    expect(checkAnswer(q, 'C3').correct).toBe(false);
  });

  it('port ranges by English or Spanish name, IANA name, or number', () => {
    const q = question('range', 'dynamic', ['well-known', 'registered', 'dynamic']);
    for (const answer of [
      'dynamic',
      'Dinámicos',
      'dinamicos',
      'ephemeral',
      'efímeros',
      'private',
      'privados',
      '3',
      'DYNAMIC',
    ])
      expect(checkAnswer(q, answer).correct, answer).toBe(true);
    expect(checkAnswer(q, 'registered').correct).toBe(false);
    expect(checkAnswer(q, '2').correct).toBe(false);
    expect(readRangeName('bien conocidos')).toBe('well-known');
    expect(readRangeName('Well-Known')).toBe('well-known');
    expect(readRangeName('sistema')).toBe('well-known');
    expect(readRangeName('usuario')).toBe('registered');
    expect(readRangeName('Registrados')).toBe('registered');
    expect(readRangeName('medium')).toBeUndefined();
  });

  it("a tuple's port by number or by its choice", () => {
    const q = question('port', '51234', ['5050', '51234']);
    expect(checkAnswer(q, '51234').correct).toBe(true);
    expect(checkAnswer(q, '2').correct).toBe(true);
    expect(checkAnswer(q, '1').correct).toBe(false);
    expect(checkAnswer(q, '5050').correct).toBe(false);
  });
});

describe('the leading-zero hint', () => {
  it('is not given for an answer written in bits', () => {
    const q: Question = {
      topic: 'decimal',
      kind: 'to-decimal',
      data: { bits: '' },
      expected: '1.2.3.4',
      shape: 'address',
      solution: { type: 'lesson', explanation: '' },
    };
    expect(checkAnswer(q, '00000001.00000010.00000011.00000100')).toEqual({ correct: false });
  });
});
