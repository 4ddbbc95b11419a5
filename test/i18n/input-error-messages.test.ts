import { describe, expect, test } from 'vitest';
import { inputErrorCodes, type InputErrorDetails } from '../../src/core/input-error.js';
import { parsePort } from '../../src/core/ports.js';
import { dictionary } from '../../src/i18n/dictionaries.js';
import { describeInputError } from '../../src/i18n/index.js';
import { inputErrorOf } from '../core/input-error-of.js';

/** Every detail any message reads, so each one can be worded without a real mistake behind it. */
const details: InputErrorDetails = {
  part: '300',
  index: 1,
  char: 'x',
  position: 2,
  count: 3,
  max: 32,
  min: 1,
  prefix: 24,
  needed: 10,
  available: 4,
  octal: 8,
  decimal: 10,
  suggestion: 'ipv4',
  known: ['ipv4', 'port'],
  topics: ['binary', 'mask'],
  choices: ['ipv4', 'ipv6'],
  option: '--port',
  command: 'serve',
  host: 'localhost',
  port: '5050',
  line: 7,
  first: 3,
  field: 'framing.order',
  allowed: ['big', 'little'],
  expected: 'text',
  placeholder: '{text}',
  reason: 'DUPLICATE_KEY',
  size: 70000,
  code: 'ENOENT',
  length: 26,
  groups: '3, 5',
};

describe('every input error has a sentence in both languages', () => {
  for (const lang of ['en', 'es'] as const) {
    test.each(inputErrorCodes)(`${lang}: %s is a sentence, not its code`, (code) => {
      const message = dictionary(lang).inputErrors[code](details);
      expect(message.trim()).not.toBe('');
      expect(message).not.toBe(code);
      expect(message).not.toContain('undefined');
    });
  }

  test('a port written in hex reads as its sentence in English and in Spanish', () => {
    const error = inputErrorOf(() => parsePort('0x50'));
    expect(describeInputError(error, dictionary('en'))).toBe('port "0x50" is hexadecimal; write it in decimal (80).');
    expect(describeInputError(error, dictionary('es'))).toMatch(/^el puerto "0x50" .*\(80\)\.$/);
  });
});
