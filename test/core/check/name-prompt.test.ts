import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { utf8Bytes } from '../../../src/core/check/bytes.js';
import { namePrompt } from '../../../src/core/check/name-prompt.js';

describe('namePrompt: does the greeting ask for a name?', () => {
  const asking = [
    'Name? ',
    utf8Bytes('¿Cómo te llamás?\n'),
    'Enter your nickname:',
    'nombre: ',
    'Welcome!\r\nName?\r\n',
  ];
  test.each(asking)('%j asks, and its pattern matches the same bytes again', (greeting) => {
    const pattern = namePrompt(greeting);
    expect(pattern).toBeInstanceOf(RegExp);
    expect(pattern!.test(greeting)).toBe(true);
  });

  test.each(['Welcome to the chat!\n', '', '   \n', '* 3 users online\n'])('%j does not ask', (greeting) => {
    expect(namePrompt(greeting)).toBeUndefined();
  });

  test('the pattern is the last 12 characters of the question, taken literally', () => {
    expect(namePrompt('Welcome.\nWho are you? (a+b) ')!.source).toBe('e you\\? \\(a\\+b\\)');
  });

  test('property: whenever a greeting asks, its pattern finds it again', () => {
    // Any bytes but a \r inside a line (a \r is dropped before the pattern is cut).
    const byte = fc
      .integer({ min: 0, max: 255 })
      .filter((b) => b !== 13)
      .map((b) => String.fromCharCode(b));
    const greeting = fc.oneof(
      fc.string({ unit: byte }),
      fc
        .tuple(
          fc.string({ unit: byte }),
          fc.constantFrom('name', 'nombre', 'user', 'Nick'),
          fc.constantFrom('? ', ':', '\n', '> '),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(greeting, (text) => {
        const pattern = namePrompt(text);
        if (pattern !== undefined) expect(pattern.test(text)).toBe(true);
      }),
    );
  });
});
