import { describe, expect, test } from 'vitest';
import {
  codeAlphabet,
  codeLength,
  decodeCode,
  failingGroups,
  groupData,
} from '../../../src/core/exam/completion-code.js';
import { gradeCode, scorePrints } from '../../../src/core/exam/exam-grade.js';
import { inputErrorOf } from '../input-error-of.js';
import { parcial, simulatedClass } from './simulated-class.js';

const students = simulatedClass(parcial, 1000);

describe('1,000 simulated students on one exam', () => {
  test('at least 99% of them get a question set of their own', () => {
    const sets = new Set(students.map((student) => JSON.stringify(student.questions.map((q) => q.data))));
    expect(sets.size / students.length).toBeGreaterThanOrEqual(0.99);
  });

  test('grade reproduces every score the students saw (1,000 of 1,000)', () => {
    const reproduced = students.filter((s) => gradeCode(parcial, s.studentId, s.code).correct === s.correct);
    expect(reproduced.length).toBe(1000);
    expect(students.some((s) => s.correct < parcial.count)).toBe(true);
    expect(students.some((s) => s.correct > 0)).toBe(true);
  });

  test('the time taken comes back from the code', () => {
    for (const s of students.slice(0, 50)) expect(gradeCode(parcial, s.studentId, s.code).seconds).toBe(s.seconds);
  });

  test('every code with one symbol changed fails the check of exactly the group changed', () => {
    const length = codeLength(parcial.count);
    let changed = 0;
    const missed: string[] = [];
    for (const { code } of students) {
      const values = [...code.replace(/-/g, '')].map((symbol) => codeAlphabet.indexOf(symbol));
      expect(values.length).toBe(length);
      for (let at = 0; at < length; at++) {
        for (let value = 0; value < 32; value++) {
          if (value === values[at]) continue;
          changed++;
          const typo = values.with(at, value);
          const groups = failingGroups(typo);
          if (groups.length !== 1 || groups[0] !== Math.floor(at / (groupData + 1)))
            missed.push(`${code} @${at}=${value}`);
        }
      }
    }
    expect(changed).toBe(1000 * length * 31);
    expect(missed).toEqual([]);
  });

  test('a code with a typo is refused with the group to read again', () => {
    for (const { code } of students.slice(0, 20)) {
      const symbols = code.replace(/-/g, '');
      for (let at = 0; at < symbols.length; at++) {
        const other = codeAlphabet[(codeAlphabet.indexOf(symbols[at]!) + 1 + at) % 32]!;
        const error = inputErrorOf(() => decodeCode(symbols.slice(0, at) + other + symbols.slice(at + 1), 12));
        expect([error.code, error.details.groups]).toEqual(['exam-code-typo', String(Math.floor(at / 5) + 1)]);
      }
    }
  });

  test('a symbol outside the alphabet is rejected at its position; a dropped or doubled one by the length', () => {
    for (const { code } of students.slice(0, 100)) {
      const symbols = code.replace(/-/g, '');
      for (let at = 0; at < symbols.length; at++) {
        for (const wrong of ['U', '!', 'Ñ']) {
          const error = inputErrorOf(() => decodeCode(symbols.slice(0, at) + wrong + symbols.slice(at + 1), 12));
          expect([error.code, error.details.index]).toEqual(['exam-code-char', at + 1]);
        }
        expect(inputErrorOf(() => decodeCode(symbols.slice(0, at) + symbols.slice(at + 1), 12)).code).toBe(
          'exam-code-length',
        );
        expect(inputErrorOf(() => decodeCode(symbols.slice(0, at + 1) + symbols.slice(at), 12)).code).toBe(
          'exam-code-length',
        );
      }
    }
  });

  test('a code read back in lower case, with spaces, O for 0 and L for 1, still grades', () => {
    const s = students[7]!;
    const sloppy = s.code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(gradeCode(parcial, s.studentId, sloppy).correct).toBe(s.correct);
  });

  test('a code graded under another student id is refused, and its answers score at chance (1 in 32) there', () => {
    let refused = 0;
    let right = 0;
    students.forEach((s, i) => {
      const other = students[(i + 1) % students.length]!;
      const error = inputErrorOf(() => gradeCode(parcial, other.studentId, s.code));
      if (error.code === 'exam-code-other-student') refused++;
      // Scored anyway, against the other student's questions: only a chance match of a 5-bit print counts.
      const { answers } = decodeCode(s.code, parcial.count);
      right += scorePrints(parcial, other.studentId, answers).filter(Boolean).length;
    });
    expect(refused).toBe(1000);
    const trials = 1000 * parcial.count;
    const chance = trials / 32;
    // Chance is 375 of 12,000; three standard deviations above it is no better than chance.
    expect(right).toBeLessThan(chance + 3 * Math.sqrt(trials * (1 / 32) * (31 / 32)));
    // The same answers under their own id score far above chance.
    expect(students.reduce((sum, s) => sum + s.correct, 0)).toBeGreaterThan(trials / 2);
  });
});
