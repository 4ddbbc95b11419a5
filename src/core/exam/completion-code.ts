import { InputError } from '../input-error.js';

/** Crockford's base32: digits and letters with I, L, O and U left out, so none reads as another. */
export const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** What a person may type for a symbol: any case, and the letters the alphabet leaves out for their look-alikes. */
const lookAlikes: Record<string, string> = { O: '0', I: '1', L: '1' };

/** What a completion code carries; each number fits its characters (three for the ids and time, one an answer). */
export interface CodeFields {
  examPrint: number;
  studentPrint: number;
  /** Seconds taken, capped at the most three characters hold. */
  seconds: number;
  /** One 5-bit print per question. */
  answers: number[];
}

/** Data characters per group; each group then gets one check character. */
export const groupData = 4;
const headerChars = 9;
const maxSeconds = 32 ** 3 - 1;

/** Characters in the code of an exam of `count` questions, checks included, dashes not. */
export function codeLength(count: number): number {
  const data = headerChars + count;
  return data + Math.ceil(data / groupData);
}

/**
 * The check character of group `g`: each data character weighted by an odd number (1, 3, 5, 7). An odd
 * weight is invertible mod 32, so changing any one character (data or check) always changes the sum:
 * a one-character typo never passes, and the group that fails is where it is. `g` in the sum catches
 * two whole groups swapped.
 */
function checkSymbol(values: readonly number[], g: number): number {
  return values.reduce((sum, value, i) => sum + (2 * i + 1) * value, 9 * g + 1) % 32;
}

const digits = (value: number, count: number) =>
  Array.from({ length: count }, (_, i) => Math.floor(value / 32 ** (count - 1 - i)) % 32);

/** The code: data groups of four, each followed by its check, joined by dashes (`K7M2X-4QZ0P-…`). */
export function encodeCode(fields: CodeFields): string {
  const data = [
    ...digits(fields.examPrint, 3),
    ...digits(fields.studentPrint, 3),
    ...digits(Math.min(Math.max(Math.round(fields.seconds), 0), maxSeconds), 3),
    ...fields.answers,
  ];
  const groups: string[] = [];
  for (let start = 0; start < data.length; start += groupData) {
    const values = data.slice(start, start + groupData);
    const g = start / groupData;
    groups.push([...values, checkSymbol(values, g)].map((value) => codeAlphabet[value]).join(''));
  }
  return groups.join('-');
}

/** The groups (from 0) whose check character does not match their data: where the typos are. */
export function failingGroups(values: readonly number[]): number[] {
  const bad: number[] = [];
  for (let start = 0, g = 0; start < values.length; start += groupData + 1, g++) {
    const group = values.slice(start, start + groupData + 1);
    if (checkSymbol(group.slice(0, -1), g) !== group.at(-1)) bad.push(g);
  }
  return bad;
}

/**
 * Reads a code as typed (any case, spaces or dashes anywhere, O for 0, I or L for 1) for an exam of
 * `count` questions. A wrong symbol, a wrong length or a group whose check fails throws an InputError
 * that says where; nothing with a typo is ever read as answers.
 */
export function decodeCode(text: string, count: number): CodeFields {
  const symbols = [...text.toUpperCase().replace(/[\s-]/g, '')].map((char) => lookAlikes[char] ?? char);
  const values = symbols.map((char, i) => {
    const value = codeAlphabet.indexOf(char);
    if (value < 0 || char === '') throw new InputError('exam-code-char', { part: char, index: i + 1 });
    return value;
  });
  const expected = codeLength(count);
  if (values.length !== expected)
    throw new InputError('exam-code-length', { part: text.trim(), length: values.length, expected });
  const bad = failingGroups(values);
  if (bad.length > 0) {
    const text = bad.map((g) => symbols.slice(g * (groupData + 1), (g + 1) * (groupData + 1)).join(''));
    throw new InputError('exam-code-typo', { part: text.join(', '), groups: bad.map((g) => g + 1).join(', ') });
  }
  const data = values.filter((_, i) => i % (groupData + 1) !== groupData);
  const number = (from: number) => data[from]! * 1024 + data[from + 1]! * 32 + data[from + 2]!;
  return { examPrint: number(0), studentPrint: number(3), seconds: number(6), answers: data.slice(headerChars) };
}
